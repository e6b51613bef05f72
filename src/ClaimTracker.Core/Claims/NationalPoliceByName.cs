using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Police said another three people were killed in shelling elsewhere in the region" in a Ukrainian story: a bare
/// "police" is the force of the place (a region's or a city's police department), so the registry's national force
/// (Ukraine's or Haiti's National Police) is reached from the registry only by words that say "national" ("The
/// national police said in a separate statement": Unseen80 afp-ukraine-strikes-toll-rises-19-dead). A national force
/// the story has already named is still taken up by "the police" the ordinary way (golden case
/// the_police_after_the_named_police). Unseen15 ap-donetsk-pension-queue-strike gave its regional police's three dead
/// to Ukraine's National Police once that body was registered. speakers.json <c>policeNouns</c>. Golden case:
/// bare_police_are_the_places_force.
/// </summary>
internal static class NationalPoliceByName
{
    private static readonly WordSet Police = WordLists.Set("policeNouns");

    /// <summary>Whether <paramref name="anaphor"/>'s words leave the national police <paramref name="source"/> unnamed.</summary>
    public static bool Unsaid(string anaphor, SourceDefinition source) =>
        source.Name.Contains("National Police", StringComparison.Ordinal) && Police.Contains(Head(anaphor))
        && !anaphor.Contains("national", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Head(string words)
    {
        var trimmed = words.AsSpan().TrimEnd();
        return trimmed[(trimmed.LastIndexOf(' ') + 1)..];
    }
}
