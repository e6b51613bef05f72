namespace ClaimTracker.Core.Claims;

/// <summary>
/// "killed a family of seven", "A family of five was buried under the house": the number after "family of" counts the
/// family's people, though no people noun follows it. Asked by <see cref="BareCount"/>. A family's other counts
/// ("a family of seven children", "the family of 12 hostages") keep their own noun. Golden case: family_of_a_number.
/// </summary>
internal static class FamilyOfCount
{
    private static readonly WordSet FamilyWords = WordLists.Set("familyWords");

    private static readonly WordSet AfterBareCount = WordLists.Set("afterBareCount");

    /// <summary>Whether the count (<paramref name="q"/> its first token, <paramref name="after"/> the token after it) follows "a family of".</summary>
    public static bool At(PeopleCountReader reader, int q, int after) =>
        q >= 3 && reader.Is(q - 1, "of") && reader.IsIn(q - 2, FamilyWords)
        && (reader.Is(q - 3, "a") || reader.Is(q - 3, "an") || reader.Is(q - 3, "whole") || reader.Is(q - 3, "entire"))
        // "a family of seven.", "a family of five was buried", "a family of six in Bureij"; not "a family of 12 trucks".
        && (after >= reader.Tokens.Count || !reader.Tokens[after].IsWord || PeopleWords.VerbStarts.Contains(reader.Word(after)) || AfterBareCount.Contains(reader.Word(after)));
}
