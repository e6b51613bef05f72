namespace ClaimTracker.Core.Claims;

/// <summary>
/// Wounded people sent home are moved for care, not counted for their wounds: "about 2,200 wounded soldiers had been
/// sent home by air or by train" (the NIS on North Korea's wounded, Unseen48 nbc-kim) is `evacuated`. A count whose
/// wound word describes the people, then a verb of sending (metrics.json homecomingVerbs) with "home" right after it,
/// in its own clause. A swap's release of wounded prisoners stays with <see cref="ReleasedWounded"/>. Golden case:
/// wounded_soldiers_sent_home_are_evacuated.
/// </summary>
internal sealed class WoundedSentHome : CountPhraseRule
{
    public static readonly WoundedSentHome Rule = new();

    private static readonly WordSet SendVerbs = WordLists.Set("homecomingVerbs");

    private WoundedSentHome()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric != Metric.Wounded || phrase.DescribingMetric != Metric.Wounded)
        {
            return true;
        }
        for (var i = phrase.AfterCount; i < phrase.Right && i + 1 < reader.Tokens.Count; i++)
        {
            if (reader.IsIn(i, SendVerbs) && reader.Is(i + 1, "home"))
            {
                draft.Metric = Metric.Evacuated;
                draft.MetricGuessed = false;
                return true;
            }
        }
        return true;
    }
}
