namespace ClaimTracker.Core.Claims;

/// <summary>
/// The first token at or after a text offset (a count's number), found by a plain loop: the people rules run once
/// for every count, and the <c>FindIndex</c> lambda they used allocated a closure each time (branch `speed24`).
/// </summary>
internal static class CountToken
{
    /// <summary>The index of the first token starting at or after <paramref name="start"/>, or -1.</summary>
    public static int At(List<Token> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= start)
            {
                return i;
            }
        }
        return -1;
    }
}
