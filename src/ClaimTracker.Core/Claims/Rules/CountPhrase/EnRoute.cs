namespace ClaimTracker.Core.Claims;

/// <summary>
/// En route: "6,000 military construction workers were already on their way", "a second contingent is en route": an
/// arrival under way is a deployment that is expected, not yet reported (the gold convention for "en route").
/// A fate the clause already gives ("seven people shot on their way back from an aid site", "six migrants drowned on
/// the way to Lampedusa") has happened: the journey only says when, so the count stays reported.
/// Golden cases: on_their_way_is_expected, killed_on_their_way_is_reported.
/// </summary>
internal sealed class EnRoute : CountPhraseRule
{
    public static readonly EnRoute Rule = new();

    private EnRoute()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Status != ClaimStatus.Reported || BefellThem(draft) || !UnderWay(reader, phrase.AfterCount, phrase.Right))
        {
            return true;
        }
        draft.Status = ClaimStatus.Expected;
        if (draft.MetricGuessed || draft.Metric is Metric.Other)
        {
            draft.Metric = Metric.Deployed;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // A fate read from the clause itself, not guessed: killed, wounded, missing or captured on the way.
    private static bool BefellThem(ClaimDraft draft) =>
        !draft.MetricGuessed && draft.Metric is Metric.Killed or Metric.Wounded or Metric.KilledOrWounded or Metric.Missing or Metric.Captured;

    // "on their way", "on the way", "en route".
    private static bool UnderWay(PeopleCountReader reader, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if ((reader.Is(i, "way") && (reader.Is(i - 1, "their") || reader.Is(i - 1, "the")) && reader.Is(i - 2, "on"))
                || (reader.Is(i, "route") && reader.Is(i - 1, "en")))
            {
                return true;
            }
        }
        return false;
    }
}
