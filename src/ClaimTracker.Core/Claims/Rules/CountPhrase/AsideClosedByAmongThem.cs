namespace ClaimTracker.Core.Claims;

/// <summary>
/// "nine people, soldiers and civilians from the surrounding streets among them, had been wounded in the strike": a
/// comma aside that names who is in the count and closes on "among them" (or "among whom") is an aside however many
/// words it holds, so the count's fate is the verb after it (Unseen66 ifpnews-sarafand: the count read "other").
/// <see cref="PeopleAside"/> only passes an aside of people nouns alone; this one carries a place ("from the
/// surrounding streets"). The closing "among them" marks the aside as a breakdown of the count, as "including"
/// opening it does. Read by <see cref="ClauseMetric.SkipAside"/>. Golden case: AsideClosedByAmongThemTests.
/// </summary>
internal static class AsideClosedByAmongThem
{
    private static readonly WordSet Pronouns = WordLists.Set("asidePronouns");

    /// <summary>Whether the aside closing at comma <paramref name="close"/> ends on "among them".</summary>
    public static bool Spans(PeopleCountReader reader, int open, int close) =>
        close - 2 > open && reader.Is(close - 2, "among") && reader.IsIn(close - 1, Pronouns);
}
