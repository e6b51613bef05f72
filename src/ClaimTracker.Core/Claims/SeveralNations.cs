namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ukrainian and South Korean officials had earlier told the newspaper": a speaker phrase naming two nations speaks
/// for neither, so the body of one of them the story names elsewhere (an envoy, a ministry) is not lent to it.
/// Golden case: officials_of_two_nations_are_neither; Unseen30 moscowtimes-maryino-storm-shadow-north-korean-general.
/// </summary>
internal static class SeveralNations
{
    public static bool Named(string words)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        var nations = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && Nationality.At(words, tokens, i) is { } n)
            {
                nations++;
                i += n.Tokens - 1;
            }
        }
        return nations > 1;
    }
}
