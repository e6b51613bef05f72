namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the Iran-backed group may have lost up to 4,000 people", "Iranian-backed forces", "Iran-linked fighters": a nation
/// joined by a hyphen to a word of backing (counts.json <c>backerParticiples</c>: backed, funded, allied, linked, led …)
/// names the patron of the group that follows, not the people the group loses (Hezbollah's dead, the Afghan fighters of
/// an Iran-linked brigade), so it gives the count no nationality. Unseen74 timesofisrael-reuters (gold "Hezbollah
/// fighters", read "Iranian people"); the same compound names Hezbollah's and the militias' losses in the reports read
/// ("The Iran-backed group has lost an estimated 1,300 to 1,500", "Nearly 200 Iran-linked fighters killed"). Read by
/// <see cref="NationalityBeforeCount"/>, as <see cref="DealBroker"/> is. Golden case: a_backers_nation_is_no_people.
/// </summary>
internal static class BackersCompound
{
    private static readonly WordSet Participles = WordLists.Set("backerParticiples");

    /// <summary>Whether the nationality ending at token <paramref name="last"/> is joined by a hyphen to a word of backing.</summary>
    public static bool At(PeopleCountReader reader, int last) => Participles.Contains(DealBroker.JoinedWord(reader, last));
}
