namespace ClaimTracker.Core.Claims;

/// <summary>
/// "conferred the title of Hero of the Republic on 14 commanders and fighters", "more than 100 soldiers who returned
/// from the deployment also received state decorations", "awarded state honours to 90 soldiers": soldiers counted as
/// the receivers of an honour are no deployment; with no fate of their own the count is <c>other</c>, as the golds have
/// it (Unseen58 "awarded state honors to 101 soldiers", Unseen60 kbs-kim). The honour (counts.json honourNouns) is
/// given before the count, which "on" or "to" then opens, or received after it, before the next count. Asked by
/// <see cref="ClauseMetric"/> only for a count that no active verb or deployment verb right before it governs and whose
/// metric is a guess or a weak deployment word ("returned from the deployment"), so "sent 1,000 troops" and a named fate
/// keep theirs.
/// Golden cases: honoured_soldiers_are_no_deployment, soldiers_sent_with_medals_are_deployed (control).
/// </summary>
internal static class HonouredCount
{
    private static readonly WordSet Honours = WordLists.Set("honourNouns");

    /// <summary>
    /// The clause's metric, <c>other</c> for an honour's receivers that no active verb, fate word inside the noun phrase
    /// ("101 fallen soldiers") or strong metric already reads.
    /// </summary>
    public static (Metric? Metric, bool ActiveVerb) Recast(PeopleCountReader reader, CountPhrase phrase, (Metric? Metric, bool ActiveVerb) read) =>
        (read.Metric is null or Metric.Deployed or Metric.Engaged) && !read.ActiveVerb && phrase.DescribingMetric is null
        && !reader.IsIn(phrase.TokenBefore, ClaimLexicon.Deployed) && Marks(reader, phrase)
            ? (Metric.Other, false)
            : read;

    /// <summary>Whether the count names the receivers of an honour.</summary>
    public static bool Marks(PeopleCountReader reader, CountPhrase phrase) =>
        ((reader.Is(phrase.TokenBefore, "on") || reader.Is(phrase.TokenBefore, "to")) && HonourIn(reader, Math.Max(0, Math.Max(phrase.Left, phrase.PreviousBound + 1)), phrase.TokenBefore))
        || HonourIn(reader, phrase.AfterCount, Math.Min(phrase.NextBound, reader.Tokens.Count));

    private static bool HonourIn(PeopleCountReader reader, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (reader.IsIn(i, Honours))
            {
                return true;
            }
        }
        return false;
    }
}
