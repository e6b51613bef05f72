using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Who came home in a swap is the home side's (issue 10, subject): "Kyiv said 175 soldiers and 12 civilians had come
/// home, while Russia's defence ministry said 150 servicemen had been returned" counts Ukrainian soldiers and civilians
/// and Russian servicemen. A count with no people of its own, followed closely (a few words) by a homecoming phrase
/// (populations.json <c>homecomingPhrases</c>: "come home", "been returned", "brought home"), counts the people of the
/// state whose government, army or state media gives it. Phrases of release are not homecoming: the captor frees the
/// other side's people. Golden cases: who_came_home_is_the_home_sides, release_by_the_captor_is_no_homecoming.
/// </summary>
internal static class Homecoming
{
    // "had come home", "have been returned": the phrase follows the count closely, in its own clause.
    private const int Reach = 6;
    private static readonly WordPhrases Phrases = new(WordLists.Set("homecomingPhrases"));

    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (draft.Source is not { Country: { } country } source
            || source.Kind is not (SourceKind.Government or SourceKind.Military) && !StateMedia.Is(source))
        {
            return null;
        }
        var after = tokens.FindIndex(t => t.Start >= draft.Number.End);
        return after >= 0 && Phrases.StartsBetween(text, tokens, after, after + Reach) ? Nationality.OfCountry(country) : null;
    }
}
