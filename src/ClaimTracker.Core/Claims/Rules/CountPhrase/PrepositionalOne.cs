namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Six civilians from one family, including two young girls, had died": "one" after a preposition and before a
/// noun that names no one person ("from one family", "in one house", "of one village") counts no one, so it does not
/// bound the clause of the count before it, whose verb comes after it. Asked by <see cref="PeopleCountReader"/> for
/// the next number's bound. Golden case: aside_takes_the_outer_fate.
/// </summary>
internal static class PrepositionalOne
{
    private static readonly WordSet Prepositions = WordLists.Set("oneAfterPrepositions");

    /// <summary>Whether the number starting at token <paramref name="first"/> is such a "one".</summary>
    public static bool At(PeopleCountReader reader, int first) =>
        first > 0 && first + 1 < reader.Tokens.Count && reader.Is(first, "one")
        && reader.IsIn(first - 1, Prepositions)
        && reader.Tokens[first + 1].IsWord && char.IsLower(reader.Text[reader.Tokens[first + 1].Start])
        && !ClaimLexicon.SingularPeople.Contains(reader.Word(first + 1));
}
