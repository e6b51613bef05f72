namespace ClaimTracker.Core.Claims;

/// <summary>
/// A state that watches another's war and fields no troops in it counts the other's soldiers, not its own: "South
/// Korea's Joint Chiefs of Staff said about 6,000 military engineers were expected to leave for Kursk", "Seoul's
/// defence ministry said 800 deminers were due to leave" are North Korea's, although the speaker (or the nationality
/// before the count) is South Korean. populations.json <c>watchingStates</c> pairs the watcher with the state it
/// watches ("KR:KP"); read once every other rule has given the count its people, for military counts whose only people
/// are the watcher's, in an article that names the watched state. Golden case: the_watching_state_counts_the_others.
/// </summary>
internal static class WatchingState
{
    private static readonly Dictionary<string, string> Watched = WordLists.Pairs(WordLists.Set("watchingStates"));

    /// <summary>Whether <paramref name="watcher"/> is a state that watches <paramref name="watched"/>'s force ("South Korean" of North Korea's).</summary>
    public static bool Watches(Nationality watcher, Nationality watched) =>
        Watched.TryGetValue(watcher.Country, out var code) && code == watched.Country;

    public static void Give(string text, List<ClaimDraft> drafts)
    {
        Dictionary<string, bool>? named = null;
        foreach (var draft in drafts)
        {
            if (!draft.Military || draft.Nationalities.Count != 1 || Nationality.OfPhrase(draft.Nationalities[0]) is not { } watcher
                || !Watched.TryGetValue(watcher.Country, out var code) || Nationality.OfCountry(code) is not { } watched)
            {
                continue;
            }
            named ??= [];
            if (!named.TryGetValue(code, out var isNamed))
            {
                isNamed = named[code] = Nationality.IsNamedIn(text, code);
            }
            if (isNamed)
            {
                draft.Nationalities = [watched.Adjective];
            }
        }
    }
}
