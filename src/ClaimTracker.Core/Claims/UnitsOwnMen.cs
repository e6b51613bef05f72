namespace ClaimTracker.Core.Claims;

/// <summary>
/// "opened fire on a unit of Chechnya's Akhmat battalion, killing nine of its fighters", "shelled positions held by a
/// Russian marine brigade, killing six of its men": the men a named unit loses are its nation's, whoever's sentence
/// counts them (HUR and CNN accounts of North Korean troops firing on their allies). The model: "N of its/their" (men, fighters,
/// soldiers), and before the count, in its sentence, a unit word (people.json <c>militaryUnits</c>,
/// <c>strengthUnits</c>) owned by a nation or country a few words before it ("Russia's 155th Marine Brigade"); a
/// region's unit is its country's (Chechnya: Russian). Read by <see cref="OwnPopulation"/>. Golden case:
/// a_units_own_men.
/// A captor does not own whom it captures: in "Ukraine's armed forces first reported clashes with North Korean units …
/// and have captured at least two of their soldiers" (Unseen48 nbc-kim) "their" is the other force's, so when a capture
/// verb (metrics.json <c>captured</c>) stands between the unit and the count, the men are the other nation named between
/// them, or left to the other rules. Golden case: captured_men_of_their_side_are_not_the_captors.
/// </summary>
internal static class UnitsOwnMen
{
    private const int OwnerWords = 6;
    private static readonly WordSet Possessives = WordLists.Set("ownersPossessives");
    private static readonly WordSet MilitaryUnits = WordLists.Set("militaryUnits");
    private static readonly WordSet StrengthUnits = WordLists.Set("strengthUnits");

    /// <summary>The nation of the unit whose men <paramref name="draft"/> counts; <paramref name="tokens"/> are its sentence's.</summary>
    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft)
    {
        var count = tokens.FindIndex(t => t.Start >= draft.Number.Start);
        if (count < 0 || !Is(text, tokens, count + 1, "of") || count + 2 >= tokens.Count || !tokens[count + 2].IsWord
            || !Possessives.Contains(Word(text, tokens[count + 2])))
        {
            return null;
        }
        for (var unit = count - 1; unit >= 0; unit--)
        {
            if (tokens[unit].IsWord && (MilitaryUnits.Contains(Word(text, tokens[unit])) || StrengthUnits.Contains(Word(text, tokens[unit]))))
            {
                var owner = Owner(text, tokens, unit);
                return owner is not null && CaptureVerbBetween(text, tokens, unit, count) ? OtherNationBetween(text, tokens, unit, count, owner) : owner;
            }
        }
        return null;
    }

    // The nation named in the few words before the unit word: "Chechnya's Akhmat", "a Russian marine".
    internal static Nationality? Owner(string text, List<Token> tokens, int unit)
    {
        for (var i = unit - 1; i >= 0 && i >= unit - OwnerWords; i--)
        {
            if (Nationality.At(text, tokens, i) is { } named)
            {
                return Nationality.OfCountry(named.Nationality.Country.Split('-')[0]) ?? named.Nationality;
            }
        }
        return null;
    }

    private static bool CaptureVerbBetween(string text, List<Token> tokens, int unit, int count)
    {
        for (var k = unit + 1; k < count; k++)
        {
            if (tokens[k].IsWord && ClaimLexicon.Captured.Contains(Word(text, tokens[k])))
            {
                return true;
            }
        }
        return false;
    }

    // "clashes with North Korean units … captured two of their soldiers": the last nation other than the captor's.
    private static Nationality? OtherNationBetween(string text, List<Token> tokens, int unit, int count, Nationality captor)
    {
        Nationality? other = null;
        for (var i = unit + 1; i < count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } named)
            {
                other = named.Nationality.Country == captor.Country ? other : named.Nationality;
                i += named.Tokens - 1;
            }
        }
        return other;
    }

    private static bool Is(string text, List<Token> tokens, int i, string word) =>
        i < tokens.Count && tokens[i].IsWord && Word(text, tokens[i]).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
