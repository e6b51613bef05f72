namespace ClaimTracker.Core.Claims;

/// <summary>
/// "It has received requests from families concerning more than 8,700 people in Israel and Gaza" (Unseen84
/// icrc-gaza-fourth-phase-release-operation), "has received requests concerning more than 23,000 people, most of them
/// soldiers whose families have had no news of them" (Unseen70 nationlk-yonhap-icrc): the people families ask a tracing
/// agency to find are missing, whatever else the sentence says of them (the golds read both so; the ICRC's Central Tracing
/// Agency words its Ukraine and Gaza figures the same way, read through the pages corpus: "tracing requests from
/// families", "the fate of 23,000 people"). A request noun (metrics.json tracingRequestNouns), at most
/// <see cref="Reach"/> words (a "from families" between), then a word of what the request is about
/// (tracingRequestLinks: concerning, regarding; not "about", which hedges a count: "requests for help from about 300
/// families") right before the count. Asked by <see cref="ClauseMetric"/> before any other word of the clause: the
/// request says what is known of the people, so "since the fighting began" after the count or "detainees" as its noun
/// do not name their fate. Golden case: tracing_requests_are_missing.
/// </summary>
internal static class TracingRequests
{
    // "requests from their families concerning": the words between the request noun and its link.
    private const int Reach = 4;

    private static readonly WordSet Nouns = WordLists.Set("tracingRequestNouns");
    private static readonly WordSet Links = WordLists.Set("tracingRequestLinks");

    /// <summary>
    /// Whether the count whose first token is <paramref name="qualifierFirst"/> follows a request's link, with the
    /// request noun at most <see cref="Reach"/> words before the link and not before <paramref name="left"/>.
    /// </summary>
    public static bool Before(PeopleCountReader reader, int qualifierFirst, int left)
    {
        var link = qualifierFirst - 1;
        if (link < left || !reader.IsIn(link, Links))
        {
            return false;
        }
        for (var k = link - 1; k >= left && k >= link - 1 - Reach && reader.Tokens[k].IsWord; k--)
        {
            if (reader.IsIn(k, Nouns))
            {
                return true;
            }
        }
        return false;
    }
}
