namespace ClaimTracker.Core.Claims;

/// <summary>
/// "brought to 41 the number of troops it has lost", "bringing to 23 the number of troops they have lost": a running
/// total an army gives of its own people lost (the total named by "the number/total/toll of", then its people, then
/// "it/they/we" + "has/have/had" + "lost"; counts.json ownLossTotalNouns, ownLossPronouns, ownLossAuxiliaries,
/// lostVerbs) counts its dead, as "we lost nine of our men" does, not the killed-or-wounded of a foe's losses
/// ("Russia had lost 1,140 troops over the past day"). Read after <see cref="ClauseMetric"/>, which reads the bare
/// "lost" as losses. So does a lost count of a body's "own" with no noun after it ("the battalion lost seven of its
/// own", "we lost 14 of our own": the idiom for comrades killed; counts.json possessives). Golden cases:
/// number_of_troops_it_has_lost_counts_the_dead, lost_of_its_own_are_dead.
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
    private static readonly WordSet Possessives = WordLists.Set("possessives");

    private OwnLossesTotal()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is Metric.KilledOrWounded && (OwnLossAfter(reader, phrase.TokenAfter) || LostOwn(reader, phrase)))
        {
            draft.Metric = Metric.Killed;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "lost seven of its own": a lost verb right before the count, "of", a possessive and "own" right after it.
    private static bool LostOwn(PeopleCountReader reader, CountPhrase phrase) =>
        reader.IsIn(phrase.TokenBefore, LostVerbs) && reader.Is(phrase.TokenAfter, "of") && reader.IsIn(phrase.TokenAfter + 1, Possessives)
        && reader.Is(phrase.TokenAfter + 2, "own") && phrase.Noun < 0;

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
