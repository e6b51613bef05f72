namespace ClaimTracker.Core.Claims;

/// <summary>
/// Gaza has no army of its own: the army fighting there is Israel's. So "Three more soldiers were killed in southern
/// Gaza, the army said" is the Israeli army speaking, not a Palestinian army nobody can name (the anaphor resolver
/// skips the territory and finds the army the story named, <see cref="AnaphorResolver"/>), and soldiers placed there
/// with no other people named are the occupying army's (<see cref="OwnPopulation"/>). populations.json
/// <c>territoriesWithoutArmy</c> pairs the territory's code with the army's country ("PS:IL"); its armed men are
/// "fighters", read elsewhere. Golden cases: the_army_in_gaza_is_israels, soldiers_placed_in_gaza_are_no_palestinians.
/// </summary>
internal static class TerritoryWithoutArmy
{
    private static readonly Dictionary<string, string> Armies = WordLists.Pairs(WordLists.Set("territoriesWithoutArmy"));
    private static readonly WordSet ArmyHeads = WordLists.Set("armyAnaphorHeads");

    /// <summary>Whether "the army" after a place in <paramref name="country"/> must look past it: the place has no army.</summary>
    public static bool Skips(string anaphor, string country)
    {
        if (!Armies.ContainsKey(country))
        {
            return false;
        }
        var head = anaphor.AsSpan().Trim();
        var space = head.LastIndexOf(' ');
        return ArmyHeads.Contains(space < 0 ? head : head[(space + 1)..]);
    }

    /// <summary>The people of the army that fights in a territory with none of its own ("PS": Israeli), or null.</summary>
    public static Nationality? ArmyIn(string country) =>
        Armies.TryGetValue(country, out var army) ? Nationality.OfCountry(army) : null;
}
