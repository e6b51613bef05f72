namespace ClaimTracker.Core.Claims;

/// <summary>
/// "at least 4,600 people were killed inside the city, and over 1,700 others along exit routes" (Unseen56 bbc-un-report,
/// the second quote eliding "were killed"), "12 soldiers died in the first strike and nine others in the second": "N
/// others" with no fate word of its own stands beside the count before it and shares its fate. Read by
/// <see cref="ClauseMetric"/> only when the count names no fate (counts.json otherGroupWords names the noun).
/// Golden case: killed_as_they_fled_is_killed.
/// </summary>
internal static class OthersWithoutAVerb
{
    private static readonly WordSet Others = WordLists.Set("otherGroupWords");

    public static bool Shares(PeopleCountReader reader, CountPhrase phrase, ClaimDraft? previous) =>
        previous is { MetricGuessed: false, Metric: not null } && phrase.Noun >= 0 && reader.IsIn(phrase.Noun, Others);
}
