namespace ClaimTracker.Core.Claims;

/// <summary>
/// "according to the army's own count, 19 soldiers have been killed", "according to the ministry's earlier breakdown,
/// which counted 17,492 children": a body's kind, a possessive, at most one word of the count's standing and a count's
/// noun. The owner up to the possessive is the speaker ("the army"), found as "the army said" would be (the body named
/// before); the name walk stopped inside the possessive ("the army'") and the figure went to nobody (Unseen77
/// efe-hezbollah-telegram, Unseen75 aa-gaza-ministry-27-killed). "by the ministry's count" is ByOwnersCount's.
/// Golden cases: according_to_the_armys_own_count, according_to_the_ministrys_latest_breakdown.
/// </summary>
internal static class AccordingToOwnersCount
{
    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");
    private static readonly WordSet Standing = WordLists.Set("accordingOwnersCountAdjectives");

    /// <summary>The last token of the owner ("army" in "the army's own count") after "according to", or -1.</summary>
    public static int OwnerEnd(string text, List<Token> tokens, int start)
    {
        // "the", one or two words of the body's kind ("the health ministry"), then "'" and "s".
        if (start + 4 >= tokens.Count || !AttributionFinder.Is(text, tokens[start], "the"))
        {
            return -1;
        }
        for (var owner = start + 1; owner <= start + 2 && owner + 3 < tokens.Count; owner++)
        {
            if (!tokens[owner].IsWord)
            {
                return -1;
            }
            if (IsPossessive(text, tokens, owner + 1) && Owners.Contains(AttributionFinder.Word(text, tokens[owner])) && IsCount(text, tokens, owner + 3))
            {
                return owner;
            }
        }
        return -1;
    }

    private static bool IsPossessive(string text, List<Token> tokens, int k) =>
        !tokens[k].IsWord && text[tokens[k].Start] is '\'' or '’' && tokens[k + 1].IsWord && AttributionFinder.Word(text, tokens[k + 1]) is "s" or "S";

    // The count's noun, or one word of its standing ("own", "earlier", "latest") and then the noun.
    private static bool IsCount(string text, List<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].IsWord && Standing.Contains(AttributionFinder.Word(text, tokens[k])))
        {
            k++;
        }
        return k < tokens.Count && tokens[k].IsWord && AttributionFinder.Word(text, tokens[k]) is var noun
            && (ByOwnersCount.CountNouns.Contains(noun) || ByOwnersCount.OpeningNouns.Contains(noun));
    }
}
