namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Emergency Room in Sudan's capital, Khartoum, announced", "the Resistance Committee in the state's capital, Wad
/// Madani, said": a named body placed "in" a country's city or region whose own name then follows in commas. The
/// place is where the body works, not who speaks: the walk back from the verb reads over the apposed place to the body,
/// as it reads over "in Khartoum" written plainly, where the city alone read as its country's voice and gave the
/// figure to that government. Only after a capitalised head (a named body), so "In Sudan's capital, Khartoum, the army
/// said" opens no name. Place words as data (populations.json <c>ownedPlaces</c>). Golden case:
/// a_body_in_a_capital_named_in_commas_speaks; Unseen74 shafaq-khartoum-emergency-room-50-killed-week.
/// </summary>
internal static class PlaceApposition
{
    private static readonly WordSet PlaceWords = WordLists.Set("ownedPlaces");
    private const int MaxOwnerWords = 3;

    /// <summary>
    /// Given the comma after a place word ("capital,") and the last word of the name read back from the verb, the index of the "in" that opens "in Sudan's capital" or "in the
    /// capital" when a capitalised word (the body's head) stands right before it and the place's name after the comma; else -1.
    /// </summary>
    public static int Opening(string text, List<Token> tokens, int comma, int end)
    {
        // The place's own name, in capitals, fills the commas up to the name's end ("capital, Khartoum,"): "Elsewhere in
        // the territory, the civil defence said" places the clause, and "in the region, Governor Moroz said" closes no
        // apposition.
        if (!NameInCommas(text, tokens, comma, end))
        {
            return -1;
        }
        var k = comma - 1;
        if (k < 2 || !tokens[k].IsWord || !PlaceWords.Contains(AttributionFinder.Word(text, tokens[k])) || char.IsUpper(text[tokens[k].Start]))
        {
            return -1;
        }
        k--;
        if (AttributionFinder.Is(text, tokens[k], "the"))
        {
            k--;
        }
        else
        {
            k = OwnerStart(text, tokens, k);
        }
        // A name of two words or more before "in" ("The Emergency Room in"), not a sentence's opening adverb.
        return k >= 2 && AttributionFinder.Is(text, tokens[k], "in") && tokens[k - 1].IsWord && char.IsUpper(text[tokens[k - 1].Start])
            && tokens[k - 2].IsWord ? k : -1;
    }

    private static bool NameInCommas(string text, List<Token> tokens, int comma, int end)
    {
        if (end + 1 >= tokens.Count || end <= comma || tokens[end + 1].IsWord || text[tokens[end + 1].Start] != ',')
        {
            return false;
        }
        for (var k = comma + 1; k <= end; k++)
        {
            if (!tokens[k].IsWord || !char.IsUpper(text[tokens[k].Start]))
            {
                return false;
            }
        }
        return true;
    }

    // "Sudan's", "South Sudan's": the possessive's capitalised words read back; the index before them, or -1.
    private static int OwnerStart(string text, List<Token> tokens, int k)
    {
        if (k < 2 || !AttributionFinder.Is(text, tokens[k], "s") || tokens[k - 1].IsWord || text[tokens[k - 1].Start] is not ('\'' or '’'))
        {
            return -1;
        }
        k -= 2;
        var words = 0;
        while (k >= 0 && words < MaxOwnerWords && tokens[k].IsWord && char.IsUpper(text[tokens[k].Start]))
        {
            k--;
            words++;
        }
        return words > 0 ? k : -1;
    }
}
