namespace ClaimTracker.Core.Claims;

/// <summary>
/// "its conflict with the Sudanese army", "accused Israel of targeting the Lebanese army": a demonym before a state body
/// (counts.json <c>stateBodies</c>) names whose body it is, not a people, so a later "nine of those killed" looking back
/// for its people does not take "sudanese" (Unseen31 sudanevents-doctors-network-azraq-village). Read by
/// <see cref="ClaimExtractor"/> when it looks back for the people a bare count counts. Golden case:
/// a_demonym_before_an_army_is_no_people.
/// </summary>
internal static class DemonymBeforeBody
{
    private static readonly WordSet Bodies = WordLists.Set("stateBodies");

    /// <summary>Whether the people word at token <paramref name="i"/> is a demonym modifying the state body after it.</summary>
    public static bool At(string text, List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].IsWord && Bodies.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length))
        && Nationality.At(text, tokens, i) is not null;
}
