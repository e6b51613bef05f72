namespace ClaimTracker.Core.Claims;

/// <summary>
/// A death "of natural causes" is no war death: "the remaining 12 had died of natural causes", "three detainees died of
/// natural causes in custody", "most of the elderly residents died from natural causes". The analyst files it under other,
/// beside the war dead it is set against. The death word must be followed by "of"/"from" and a cause word
/// (metrics.json <c>naturalCauseWords</c>: "natural", "old age", "illness"); "died of their wounds" stays killed. Read by
/// <see cref="MetricWord"/>. Tested by NaturalCausesTests.
/// </summary>
internal static class NaturalCauses
{
    private static readonly WordSet Causes = WordLists.Set("naturalCauseWords");

    public static bool Reads(PeopleCountReader reader, int i) =>
        (reader.Is(i + 1, "of") || reader.Is(i + 1, "from")) && reader.IsIn(i + 2, Causes);
}
