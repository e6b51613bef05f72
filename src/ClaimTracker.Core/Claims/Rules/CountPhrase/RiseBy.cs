namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The number of North Korean troops in Kursk has grown by about 2,500", "the number of displaced people increased by
/// 40,000": a verb of rising (counts.json riseVerbs) and "by" right before the figure make it the size of the rise, an
/// increment of the people named after "number of" (<see cref="BareCount"/>), where "rose to" gives their new total
/// (Unseen67 mosaic-afp). Golden cases: RiseByTests.
/// </summary>
internal static class RiseBy
{
    private static readonly WordSet RiseVerbs = WordLists.Set("riseVerbs");

    /// <summary>Whether "by" at <paramref name="p"/>, right before the figure, follows a verb of rising.</summary>
    public static bool At(PeopleCountReader reader, int p) =>
        p >= 1 && reader.Is(p, "by") && reader.IsIn(p - 1, RiseVerbs);

    /// <summary>Whether the figure of <paramref name="phrase"/> is the size of a rise.</summary>
    public static bool Before(PeopleCountReader reader, CountPhrase phrase) =>
        At(reader, phrase.QualifierFirst - 1);
}
