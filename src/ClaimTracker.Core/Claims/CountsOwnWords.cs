namespace ClaimTracker.Core.Claims;

/// <summary>
/// The few words after a count's number are its own ("the roughly 28,500 American troops", "200 US troops", "the two
/// Ukrainian soldiers"): a nation written there is the counted people's, where one a speaker or the sentence's subject
/// lent the count may be replaced by a later rule. The words before the number are not read: "Seoul believed roughly
/// 11,000 were in the Kursk region" (Unseen68 hankyoreh) names the speaker there, not the counted. Read by <see cref="WatchingState"/> and <see cref="RepeatedPrisoners"/>.
/// </summary>
internal static class CountsOwnWords
{
    // How many words after the number make the count's own words, up to its people noun.
    private const int Reach = 3;
    private static readonly WordSet Initials = WordLists.Set("nationInitials");

    /// <summary>
    /// Whether the words after the draft's number name the country of ISO code <paramref name="country"/>, by a
    /// nationality or (any nation's) initials in capitals; <paramref name="tokens"/> are the draft's sentence's.
    /// </summary>
    public static bool Name(string text, List<Token> tokens, ClaimDraft draft, string country)
    {
        var after = tokens.FindIndex(t => t.Start >= draft.Number.End);
        if (after < 0)
        {
            return false;
        }
        for (var i = after; i < Math.Min(tokens.Count, after + Reach); i++)
        {
            if (Nationality.At(text, tokens, i) is { } named && named.Nationality.Country == country)
            {
                return true;
            }
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (tokens[i].IsWord && char.IsUpper(word[0]) && (Initials.Contains(word) || Initials.Contains(word.TrimEnd('.'))))
            {
                return true;
            }
            // The people noun ends the count's words: "the two soldiers the Ukrainians said they captured" names the captor after it.
            if (draft.NounWord is { } noun && word.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }
        return false;
    }
}
