namespace ClaimTracker.Core.Claims;

/// <summary>
/// A share of a casualty count named fatal is a death toll: "about 4,700 casualties, some 600 of them fatal"
/// (Unseen79 joongang-sanctions-monitoring-team, a gold row with metric killed), "300 casualties, 40 of them fatally
/// wounded" (casualty reporting read through the stored pages). The count takes "them"'s fate (killed or wounded) from
/// the count before; the adjective narrows it. The model: the count points back (<see cref="CountPhrase.SawThem"/>, set
/// by "of them"/"of whom"), its clause gave it killed_or_wounded or wounded, and a word of counts.json
/// <c>fatalWords</c> (fatal, fatally) stands within <see cref="FatalReach"/> tokens after the count; the metric becomes
/// killed. Shares by fraction ("two-thirds of them fatal") are no counts and are not read. Golden case:
/// fatal_share_of_casualties.
/// </summary>
internal sealed class FatalShare : CountPhraseRule
{
    public static readonly FatalShare Rule = new();

    // "600 of them fatal", "40 of whom were fatal": the adjective closes the share within a few tokens.
    private const int FatalReach = 4;

    private static readonly WordSet FatalWords = WordLists.Set("fatalWords");

    private FatalShare()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!phrase.SawThem || draft.Metric is not (Metric.KilledOrWounded or Metric.Wounded))
        {
            return true;
        }
        var tokens = reader.Tokens;
        for (var i = phrase.Last + 1; i < tokens.Count && i <= phrase.Last + FatalReach; i++)
        {
            if (reader.IsIn(i, FatalWords))
            {
                draft.Metric = Metric.Killed;
                draft.MetricGuessed = false;
                return true;
            }
            if (!tokens[i].IsWord)
            {
                return true;
            }
        }
        return true;
    }
}
