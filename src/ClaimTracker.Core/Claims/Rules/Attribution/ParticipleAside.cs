namespace ClaimTracker.Core.Claims;

/// <summary>
/// "NATO Secretary General Mark Rutte, confirming on Monday that North Korean units had reached Kursk, said more than
/// 620,000 …": an aside opened by a lower-case participle right after a capitalised name is the name's own aside, so
/// the speaker of the verb after it is the name before the comma, not the aside's last capitalised word ("Kursk").
/// Before, the walk back from "said" stopped at "Kursk", which named nobody, and the sentence took the speaker a
/// neighbour sentence carried (Unseen66 newsaz-yonhap 620,000 read the US State Department). Only a participle whose
/// comma follows a capitalised word: ", building on …" after a lower-case noun is left to the other frames.
/// Tested by ParticipleAsideTests.A_participle_aside_keeps_the_name_before_it.
/// </summary>
internal static class ParticipleAside
{
    // "sing", "thing", "king" are no participles; a participle has a stem of at least three letters before "-ing".
    private const int MinLength = 6;

    /// <summary>Whether the comma at token <paramref name="comma"/> opens an aside led by a participle after a capitalised name.</summary>
    public static bool Opens(string text, List<Token> tokens, int comma)
    {
        if (comma < 1 || comma + 1 >= tokens.Count || !tokens[comma - 1].IsWord || !tokens[comma + 1].IsWord)
        {
            return false;
        }
        return IsParticiple(AttributionFinder.Word(text, tokens[comma + 1])) && char.IsUpper(text[tokens[comma - 1].Start]) && NameOpensTheSentence(text, tokens, comma);
    }

    /// <summary>Whether the word is a lower-case participle in "-ing" ("citing", "drawing"), not "sing" or "thing".</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.Length >= MinLength && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal);

    private static readonly WordSet Joiners = new("of", "the", "for");

    // The words before the comma are a name that opens the sentence ("NATO Secretary General Mark Rutte", "Mark Rutte of
    // NATO"): "a Russian missile hit a residential area in Dnipro, killing a 14-year-old and three others, said regional
    // Gov. Serhiy Lysak" has a whole clause there, whose participle tells the strike's toll and belongs to no speaker
    // (Unseen59 ap-kyiv-highrise-dnipro 22, Unseen44 arabnews-ap-rahad 1 fell without this).
    private static bool NameOpensTheSentence(string text, List<Token> tokens, int comma)
    {
        for (var k = comma - 1; k >= 0; k--)
        {
            var t = tokens[k];
            if (t.IsWord ? !(char.IsUpper(text[t.Start]) || Joiners.Contains(AttributionFinder.Word(text, t))) : text[t.Start] is not ('.' or '-' or '’' or '\''))
            {
                return false;
            }
        }
        return true;
    }
}
