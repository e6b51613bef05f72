namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ali al-Wazir", "Abdel Fattah el-Burhan": a lower-case particle joined by a hyphen to a capitalised name is part of
/// the name, so the speaker is read whole and his surname ("al-Wazir said") found later. Golden case:
/// surname_of_an_inverted_speaker.
/// </summary>
internal static class NameParticle
{
    /// <summary>Whether the word token is a lower-case particle hyphenated to a capitalised word ("al" in "al-Wazir").</summary>
    public static bool Joins(string text, Token t) =>
        t.IsWord && t.Length <= 3 && char.IsLower(text[t.Start]) && t.End + 1 < text.Length && text[t.End] == '-' && char.IsUpper(text[t.End + 1]);

    /// <summary>Whether a written word is capitalised as a name is: "Wazir", or "al-Wazir".</summary>
    public static bool IsCapitalised(string word) => IsCapitalised(word.AsSpan());

    /// <summary>The same test on a word read in place.</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        if (char.IsUpper(word[0]))
        {
            return true;
        }
        var hyphen = word.IndexOf('-');
        return hyphen is > 0 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && IsLower(word[..hyphen]);
    }

    private static bool IsLower(ReadOnlySpan<char> letters)
    {
        foreach (var c in letters)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }
}
