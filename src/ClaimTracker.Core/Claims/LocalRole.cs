namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Two local journalists, a pregnant woman and a child were among the dead": a role that keeps no people of its own
/// (<see cref="StatelessRoles"/>: reporters of many nations) is the place's people when the count calls them local
/// (populations.json <c>localWords</c>), so Gaza's "local journalists" are Palestinian journalists, as the older golds
/// annotate them (Unseen26 cbs-gaza-tuffah-khan-younis-strikes). Read by <see cref="OwnPopulation"/>. Golden case:
/// the_dead_take_the_tolls_people.
/// </summary>
internal static class LocalRole
{
    private const int Modifiers = 2;
    private static readonly WordSet LocalWords = WordLists.Set("localWords");

    /// <summary>Whether a local word stands between the count and its noun; <paramref name="tokens"/> are its sentence's.</summary>
    public static bool Is(string text, List<Token> tokens, ClaimDraft draft)
    {
        var count = tokens.FindIndex(t => t.Start >= draft.Number.End);
        for (var i = count; count >= 0 && i < tokens.Count && i < count + Modifiers && tokens[i].IsWord; i++)
        {
            if (LocalWords.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                return true;
            }
        }
        return false;
    }
}
