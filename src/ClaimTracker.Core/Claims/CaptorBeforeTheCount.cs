namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country that captured the counted right before the count is their captor, not their nation: "In January, Ukrainian
/// forces also captured two soldiers, who are being held in Kyiv" (Unseen78 nknews-novosibirsk), "Ukraine's Security
/// Service captured two soldiers in Kursk" (Unseen72 firstpost-explainer) count North Korean soldiers in a story about
/// Pyongyang's troops, as the passive "captured by Ukrainian forces" does (<see cref="PlaceOfTheCounted"/>). The name is
/// followed, within a few words of its force or service and no punctuation, by a verb of capture (counts.json
/// <c>activeCaptureVerbs</c>) standing right before the count. Read by <see cref="EstablishedPopulation"/>, so the story's
/// soldiers reach the count. Golden case: soldiers_a_country_captured_are_the_storys.
/// </summary>
internal static class CaptorBeforeTheCount
{
    // "Ukrainian forces also captured", "Ukraine's Security Service captured": words between the name and the verb.
    private const int WordsToTheVerb = 4;

    private static readonly WordSet CaptureVerbs = WordLists.Set("activeCaptureVerbs");

    /// <summary>Whether the country named at token <paramref name="i"/> (<paramref name="length"/> tokens) captured the count starting at <paramref name="countStart"/>.</summary>
    public static bool At(string text, List<Token> tokens, int i, int length, int countStart)
    {
        for (var k = i + length; k < tokens.Count && k <= i + length + WordsToTheVerb; k++)
        {
            var token = tokens[k];
            if (!token.IsWord && text[token.Start] is not ('\'' or '’'))
            {
                return false;
            }
            if (token.IsWord && CaptureVerbs.Contains(text.AsSpan(token.Start, token.Length)))
            {
                return k + 1 < tokens.Count && tokens[k + 1].Start == countStart;
            }
        }
        return false;
    }
}
