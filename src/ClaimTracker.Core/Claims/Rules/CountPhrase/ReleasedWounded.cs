namespace ClaimTracker.Core.Claims;

/// <summary>
/// Wounded prisoners freed in a swap are the released, not the wounded: "Ukraine repatriated 212 severely wounded
/// soldiers", "1,800 injured soldiers were repatriated under the deal", "swapped 90 seriously wounded POWs" (the
/// coordination headquarters and both defence ministries on the Istanbul swaps) are `other`, as every freed or swapped
/// prisoner is (the gold convention "Prisoners"). A count whose wound word describes the people, with a release verb
/// (metrics.json woundedReleaseVerbs) right before it, past release particles, or after it in the passive; "150
/// wounded people had been brought in" and "12 wounded were released from hospital" stay wounded. Golden case:
/// wounded_prisoners_released.
/// </summary>
internal sealed class ReleasedWounded : CountPhraseRule
{
    public static readonly ReleasedWounded Rule = new();

    private static readonly WordSet Verbs = WordLists.Set("woundedReleaseVerbs");
    private static readonly WordSet Auxiliaries = WordLists.Set("passiveAuxiliaries");

    private ReleasedWounded()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric == Metric.Wounded && phrase.DescribingMetric == Metric.Wounded
            && (ReleasedCount.Before(reader, phrase.QualifierFirst, phrase.Left, Verbs) || ReleasedAfter(reader, phrase)))
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
        }
        return true;
    }

    private static bool ReleasedAfter(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var i = phrase.AfterCount; i <= phrase.Right && i < reader.Tokens.Count; i++)
        {
            if (reader.IsIn(i, Verbs) && reader.IsIn(i - 1, Auxiliaries))
            {
                // "repatriated to North Korea by air or by train": carried home for care (WoundedSentHome), no swap.
                return !(reader.Is(i + 1, "from") && (reader.Is(i + 2, "hospital") || reader.Is(i + 3, "hospital"))) && !WoundedSentHome.CarriedHome(reader, i);
            }
        }
        return false;
    }
}
