namespace ClaimTracker.Core.Claims;

/// <summary>
/// "brought to 41 the number of troops it has lost", "bringing to 23 the number of troops they have lost": a running
/// total an army gives of its own people lost (the total named by "the number/total/toll of", then its people, then
/// "it/they/we" + "has/have/had" + "lost"; counts.json ownLossTotalNouns, ownLossPronouns, ownLossAuxiliaries,
/// lostVerbs) counts its dead, as "we lost nine of our men" does, not the killed-or-wounded of a foe's losses
/// ("Russia had lost 1,140 troops over the past day"). Read after <see cref="ClauseMetric"/>, which reads the bare
/// "lost" as losses. Golden case: number_of_troops_it_has_lost_counts_the_dead.
/// </summary>
internal sealed class OwnLossesTotal : CountPhraseRule
{
    public static readonly OwnLossesTotal Rule = new();

    // Words between "of" and the pronoun: "of troops", "of Lebanese soldiers", "of its own servicemen".
    private const int PeopleReach = 4;

    private static readonly WordSet TotalNouns = WordLists.Set("ownLossTotalNouns");
    private static readonly WordSet Pronouns = WordLists.Set("ownLossPronouns");
    private static readonly WordSet Auxiliaries = WordLists.Set("ownLossAuxiliaries");
    private static readonly WordSet LostVerbs = WordLists.Set("lostVerbs");

    private OwnLossesTotal()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is Metric.KilledOrWounded && OwnLossAfter(reader, phrase.TokenAfter))
        {
            draft.Metric = Metric.Killed;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "the number of troops it has lost" right after the figure.
    private static bool OwnLossAfter(PeopleCountReader reader, int the)
    {
        if (!reader.Is(the, "the") || !reader.IsIn(the + 1, TotalNouns) || !reader.Is(the + 2, "of"))
        {
            return false;
        }
        for (var i = the + 3; i <= the + 3 + PeopleReach && i + 2 < reader.Tokens.Count && reader.Tokens[i].IsWord; i++)
        {
            if (reader.IsIn(i, Pronouns) && reader.IsIn(i + 1, Auxiliaries) && reader.IsIn(i + 2, LostVerbs))
            {
                return true;
            }
        }
        return false;
    }
}
