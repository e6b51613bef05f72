namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Sudanese army's 6th Infantry Division, which is besieged in the city, said", "the SAF's 6th Infantry Division
/// said in a statement", "The Sudanese Armed Forces' 5th Infantry Division said": wire and regional copy on Sudan's war
/// gives the army's figures through the division that holds the town, written as the army's possessive and numbered.
/// The name walk back from "said" stops at the ordinal ("6th"), so the speaker was "Infantry Division", a name the
/// registry does not hold, and the figures had no source (Unseen50 sudantribune-el-fasher-awlad-al-reef-toll, four
/// rows). A unit owned this way speaks for its owner: the speaker's words become the owner's ("The Sudanese army"),
/// found as they would be if the owner had spoken. The unit must end on a unit noun (attribution.json
/// <c>ownedUnitHeads</c>) and the owner on a body noun (<c>possessiveOwners</c>, singular or plural: "Sudanese Armed Forces'") or on an initialism ("the SAF's"), so "the city's 6th district said" is no one's. Whether or not a relative clause between
/// the unit and "said" has been skipped, the words the walk hands over start at the unit's name. Golden cases:
/// an_armys_numbered_division_speaks_for_the_army.
/// </summary>
internal static class OwnedUnitSpeaker
{
    private const int MaxOwnerWords = 4;
    private static readonly WordSet Heads = WordLists.Set("ownedUnitHeads");
    private static readonly WordSet Ordinals = WordLists.Set("ownedUnitOrdinals");
    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");
    private static readonly WordSet Determiners = new("the");

    /// <summary>The owner's words (first and last token) when the speaker's words are a numbered unit of an owner's; else the words as they were.</summary>
    public static (int First, int Last) Owner(string text, List<Token> tokens, (int First, int Last) words)
    {
        var (first, last) = words;
        if (first > last || !Heads.Contains(Word(text, tokens[last])))
        {
            return (first, last);
        }
        // "Sixth Infantry Division" is read as a name, "6th" is not: the ordinal may stand on either side of the walk's start.
        var inside = first;
        while (inside < last && IsOrdinal(text, tokens[inside]))
        {
            inside++;
        }
        var k = first - 1;
        while (k >= 0 && tokens[k].IsWord && IsOrdinal(text, tokens[k]))
        {
            k--;
        }
        if ((k == first - 1 && inside == first) || PossessiveEnd(text, tokens, k) is not { } ownerLast)
        {
            return (first, last);
        }
        var ownerFirst = ownerLast;
        while (ownerFirst - 1 >= 0 && ownerLast - ownerFirst + 1 < MaxOwnerWords && tokens[ownerFirst - 1].IsWord
               && !IsOrdinal(text, tokens[ownerFirst - 1]))
        {
            ownerFirst--;
            if (Determiners.Contains(Word(text, tokens[ownerFirst])))
            {
                break;
            }
        }
        return IsBody(Word(text, tokens[ownerLast])) ? (ownerFirst, ownerLast) : (first, last);
    }

    // "army", "Forces", "SAF": a body noun, singular or plural, or an initialism; a country's name ("Ukraine's 93rd
    // Brigade") is left as it was, since the country's government is not the brigade's voice.
    private static bool IsBody(ReadOnlySpan<char> head) =>
        Owners.Contains(head) || (head.Length > 1 && head[^1] is 's' && Owners.Contains(head[..^1]))
        || (head.Length > 1 && !head.ContainsAnyExcept(UpperLetters));

    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // The owner's last word before "'s" or before a bare apostrophe after a plural ("Forces'"), with the mark at k; else null.
    private static int? PossessiveEnd(string text, List<Token> tokens, int k)
    {
        if (k >= 2 && tokens[k].IsWord && Word(text, tokens[k]).Equals("s", StringComparison.OrdinalIgnoreCase)
            && IsApostrophe(text, tokens[k - 1]) && tokens[k - 2].IsWord)
        {
            return k - 2;
        }
        if (k >= 1 && IsApostrophe(text, tokens[k]) && tokens[k - 1].IsWord && text[tokens[k - 1].End - 1] is 's')
        {
            return k - 1;
        }
        return null;
    }

    private static bool IsApostrophe(string text, Token t) => !t.IsWord && text[t.Start] is '\'' or '’';

    private static bool IsOrdinal(string text, Token t) => char.IsDigit(text[t.Start]) || Ordinals.Contains(Word(text, t));

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
