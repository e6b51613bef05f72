namespace ClaimTracker.Core.Claims;

/// <summary>
/// Soldiers a swap sends "on each side" or "in each direction" are the released of that swap, not a deployment:
/// "on Saturday 303 soldiers on each side", "a further 307 servicemen crossed in each direction on the second day".
/// A soldiers' count with no fate word reads deployed (<see cref="ClauseMetric"/>'s guess, or "crossed" as a move);
/// "each" and a side, a direction or a way (metrics.json <c>swapWays</c>) within a few words after the count make it
/// one leg of an exchange, which the gold sets read as other, as they read prisoners freed or swapped. A fate word
/// keeps its reading ("the bodies of 6,000 fallen soldiers on each side" are dead), and so does a count a verb before
/// it deploys ("sent 500 troops to each side of the border" has no "on"/"in" before "each").
/// Golden case: swapped_each_way_is_other.
/// </summary>
internal sealed class SwapsEachWay : CountPhraseRule
{
    public static readonly SwapsEachWay Rule = new();

    // Words from the count's end to "on"/"in": "303 soldiers on each side", "307 servicemen crossed in each direction".
    private const int Reach = 3;

    private static readonly WordSet Ways = WordLists.Set("swapWays");

    private SwapsEachWay()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is Metric.Deployed && EachWayAfter(reader, phrase.AfterCount))
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
        }
        return true;
    }

    private static bool EachWayAfter(PeopleCountReader reader, int from)
    {
        for (var i = from; i < reader.Tokens.Count - 2 && i <= from + Reach; i++)
        {
            if ((reader.Is(i, "on") || reader.Is(i, "in")) && reader.Is(i + 1, "each") && reader.IsIn(i + 2, Ways))
            {
                return true;
            }
        }
        return false;
    }
}
