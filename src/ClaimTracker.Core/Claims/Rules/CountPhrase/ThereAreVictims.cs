namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Today alone there are nine victims, three of them children": an official's existential count of the victims of a
/// strike names no fate verb, yet counts its casualties, the dead and the hurt together (<c>killed_or_wounded</c>, the
/// gold of Unseen52 ctv-kherson); Ukraine's regional heads post tolls so on Telegram. "there" and a form of "to be"
/// (metrics.json existentialWords, existentialVerbs, with existentialAdverbs between) right before the count, and a
/// victim noun (tollVictimNouns) as its people, when the clause gave no metric of its own. Golden case:
/// there_are_victims_counts_the_casualties.
/// </summary>
internal sealed class ThereAreVictims : CountPhraseRule
{
    public static readonly ThereAreVictims Rule = new();

    // How many words may stand between "there" and the count: "there have now already been".
    private const int Reach = 5;

    private static readonly WordSet VictimNouns = WordLists.Set("tollVictimNouns");
    private static readonly WordSet There = WordLists.Set("existentialWords");
    private static readonly WordSet Verbs = WordLists.Set("existentialVerbs");
    private static readonly WordSet Adverbs = WordLists.Set("existentialAdverbs");

    private ThereAreVictims()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft is { MetricGuessed: true, Metric: Metric.Other } && phrase.Noun >= 0 && reader.IsIn(phrase.Noun, VictimNouns)
            && ThereBefore(reader, phrase.QualifierFirst))
        {
            draft.Metric = Metric.KilledOrWounded;
            draft.MetricGuessed = false;
        }
        return true;
    }

    /// <summary>Whether "there" and a form of "to be" (adverbs between) stand right before the count.</summary>
    internal static bool ThereBefore(PeopleCountReader reader, int count)
    {
        var sawVerb = false;
        for (var j = count - 1; j >= 0 && j >= count - 1 - Reach; j--)
        {
            if (!reader.Tokens[j].IsWord)
            {
                return false;
            }
            if (reader.IsIn(j, There))
            {
                return sawVerb;
            }
            sawVerb |= reader.IsIn(j, Verbs);
            if (!reader.IsIn(j, Verbs) && !reader.IsIn(j, Adverbs))
            {
                return false;
            }
        }
        return false;
    }
}
