namespace ClaimTracker.Core.Claims;

/// <summary>
/// A state that watches another's war and fields no troops in it counts the other's soldiers, not its own: "South
/// Korea's Joint Chiefs of Staff said about 6,000 military engineers were expected to leave for Kursk", "Seoul's
/// defence ministry said 800 deminers were due to leave" are North Korea's, although the speaker (or the nationality
/// before the count) is South Korean. populations.json <c>watchingStates</c> pairs the watcher with the state it
/// watches ("KR:KP"); read once every other rule has given the count its people, for military counts whose only people
/// are the watcher's, in an article that names the watched state. Golden case: the_watching_state_counts_the_others.
/// The states that follow North Korea's force from outside the war lend it their nation the same way: "a U.S. military
/// official, who had spoken of several hundred casualties" (Unseen41 asahi-reuters), Britain's Ministry of Defence
/// behind "7,000 of his troops" (Unseen28 business-insider), "the United States … imposed sanctions … over the
/// deployment of thousands of troops to Russia" (Unseen79 reuters-generals) count North Koreans, so the United States,
/// Britain and Japan watch it too ("US:KP", "GB:KP", "JP:KP"). They do field troops of their own elsewhere, so a count
/// whose own words name the watcher ("the roughly 28,500 American troops stationed in South Korea", Unseen75 yonhap;
/// "200 US troops") keeps it (<see cref="CountsOwnWords"/>). Golden case: a_watching_states_official_counts_the_force.
/// </summary>
internal static class WatchingState
{
    private static readonly Dictionary<string, string> Watched = WordLists.Pairs(WordLists.Set("watchingStates"));

    /// <summary>Whether <paramref name="watcher"/> is a state that watches <paramref name="watched"/>'s force ("South Korean" of North Korea's).</summary>
    public static bool Watches(Nationality watcher, Nationality watched) =>
        Watched.TryGetValue(watcher.Country, out var code) && code == watched.Country;

    public static void Give(string text, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
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
            if (isNamed && !CountsOwnWords.Name(text, sentenceTokens.Of(draft.Sentence), draft, watcher.Country))
            {
                draft.Nationalities = [watched.Adjective];
            }
        }
    }
}
