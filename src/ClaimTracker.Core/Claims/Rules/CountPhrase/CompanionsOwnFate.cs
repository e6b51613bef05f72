namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Nasser Medical Complex said it had received 39 of the dead, along with dozens of wounded people": a count brought in
/// beside another by "along with" / "together with" / "alongside" (metrics.json <c>companionLeads</c>) is a second group,
/// and a fate word inside its own noun phrase ("of wounded people", "injured") says what happened to it; the clause's
/// fate read before the count belongs to the first group. Only for a fate word (killed, wounded, missing, …) that
/// differs from the clause's, and never past an active verb ("killed 20 people along with …" keeps its object's
/// verb). Hospital statements in Gaza and Sudan list their dead and wounded so. Golden case:
/// a_companion_count_keeps_its_own_fate (Unseen42 cnn-khan-younis).
/// </summary>
internal sealed class CompanionsOwnFate : CountPhraseRule
{
    public static readonly CompanionsOwnFate Rule = new();

    private static readonly WordSet CompanionLeads = WordLists.Set("companionLeads");

    private CompanionsOwnFate()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.DescribingMetric is not (Metric.Killed or Metric.Wounded or Metric.KilledOrWounded or Metric.Missing) || draft.Metric == phrase.DescribingMetric
            || phrase.ActiveVerb || !reader.IsIn(phrase.TokenBefore, CompanionLeads))
        {
            return true;
        }
        draft.Metric = phrase.DescribingMetric;
        draft.MetricGuessed = false;
        return true;
    }
}
