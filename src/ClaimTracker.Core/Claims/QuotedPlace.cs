namespace ClaimTracker.Core.Claims;

/// <summary>
/// "“DPRK forces have … sustained more than 5,800 casualties … in the Russian oblast of Kursk,” the ministry said": a
/// country named inside a quotation that closes before the speaker is part of what was said, not a place the sentence
/// moved to, so it does not choose whose ministry speaks (the British one named in the sentence before does). Golden
/// case: a_place_inside_the_quote_is_not_the_speakers.
/// </summary>
internal static class QuotedPlace
{
    /// <summary>Whether token <paramref name="at"/> lies inside a quotation that closes before the end of <paramref name="tokens"/>.</summary>
    public static bool Is(string text, List<Token> tokens, int at)
    {
        var opened = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord)
            {
                continue;
            }
            var c = text[tokens[k].Start];
            if (c == '“' || (c == '"' && opened < 0))
            {
                opened = k;
            }
            else if ((c == '”' || c == '"') && opened >= 0)
            {
                if (opened < at && at < k)
                {
                    return true;
                }
                opened = -1;
            }
        }
        return false;
    }
}
