namespace ClaimTracker.Core.Claims;

/// <summary>
/// What a single word is to a count phrase: a people noun, a casualty word, a verb form, or a word that can describe
/// people before their noun. Shared by the count-phrase rules.
/// </summary>
internal static class PeopleWords
{
    /// <summary>Words that open a verb group after a bare count ("400 have been killed").</summary>
    public static readonly WordSet VerbStarts = WordLists.Set("verbStarts");

    private static readonly WordSet NotDescribing = WordLists.Set("notDescribing");

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    public static bool IsPeopleNoun(ReadOnlySpan<char> w) =>
        ClaimLexicon.MilitaryNouns.Contains(w) || ClaimLexicon.IrregularNouns.Contains(w) || ClaimLexicon.CivilianNouns.Contains(w)
        || ClaimLexicon.MetricNouns.Contains(w);

    public static bool IsCasualtyWord(ReadOnlySpan<char> w) =>
        ClaimLexicon.Killed.Contains(w) || ClaimLexicon.Wounded.Contains(w) || ClaimLexicon.Missing.Contains(w) || ClaimLexicon.Captured.Contains(w)
        || ClaimLexicon.Detained.Contains(w);

    public static bool IsVerbLike(ReadOnlySpan<char> w) =>
        VerbStarts.Contains(w) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>A lower-case word that can describe people before their noun: not a verb form, preposition or conjunction.</summary>
    public static bool IsDescribingWord(PeopleCountReader reader, int i)
    {
        var w = reader.Word(i);
        return w.Length >= 3 && char.IsLower(w[0]) && !NotDescribing.Contains(w) && !IsVerbLike(w) && !ClaimLexicon.NotPeople.Contains(w)
            && w.IndexOfAnyExcept(LowerLetters) < 0;
    }
}
