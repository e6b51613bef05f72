namespace ClaimTracker.Core.Claims;

/// <summary>
/// "About 9,000 were displaced", "Nearly 7,000 fled in two days", "More than 2 million have been forced from their
/// homes", "some 400 were evacuated": being uprooted happens only to people, so a displacement or evacuation verb
/// (metrics.json displaced, evacuated, forcedOut) in the verb group after a bare count makes it a count of people, as a
/// casualty verb does ("More than 100 were killed"). Aid agencies' updates state their flows this way, with no noun.
/// Asked by <see cref="BareCount"/> only when no people stand before the count. Golden cases: bare_count_displaced;
/// uprooted_figures_that_count_no_one (a percentage, a year, a distance).
/// </summary>
internal static class UprootedCount
{
    /// <summary>Whether the word is a verb of being uprooted: displaced, fled, evacuated, forced (out).</summary>
    public static bool IsUprootingVerb(ReadOnlySpan<char> w) =>
        ClaimLexicon.Displaced.Contains(w) || ClaimLexicon.Evacuated.Contains(w) || ClaimLexicon.ForcedOut.Contains(w);
}
