namespace ClaimTracker.Core.Claims;

/// <summary>
/// A nation the count's own words write by its initials keeps them in the subject (issue 10, subject): "around 200 US
/// troops will be sent" is "US troops" and "12 U.S. service members" "U.S. troops", as the gold sets write such counts
/// (Unseen35 nzherald "US troops"; "held US citizenship": "US citizens"), where the nation list's one adjective per
/// country would give "American troops"; "1,800 American troops" stays American. Only the few words between the count
/// and its people noun are read, so initials elsewhere in the sentence ("a US official said") spell nothing, and the
/// nation itself (its adjective, read by every other rule) is unchanged. The initials are data (populations.json
/// <c>nationInitials</c>). Golden case: initials_before_the_people_noun.
/// </summary>
internal static class NationByInitials
{
    private const int Reach = 3;
    private const int Window = 40;
    private static readonly WordSet Initials = WordLists.Set("nationInitials");

    /// <summary>The draft's subject, with a nation its count phrase writes by its initials spelled so.</summary>
    public static string Subject(string text, ClaimDraft draft)
    {
        if (draft.Nationalities.Count == 0)
        {
            return draft.Subject;
        }
        var tokens = new List<Token>();
        Token.Split(text, draft.Number.End, Math.Min(text.Length, draft.Number.End + Window), tokens);
        for (var k = 0; k < Math.Min(tokens.Count, Reach) && tokens[k].IsWord; k++)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (PeopleWords.IsPeopleNoun(word))
            {
                break;
            }
            if (Initials.Contains(word) && IsCapitals(word) && Nationality.At(text, tokens, k) is { Tokens: 1 } named
                && draft.Nationalities.Contains(named.Nationality.Adjective))
            {
                var written = word.ToString();
                return string.Join(" and ", draft.Nationalities.Select(n => n == named.Nationality.Adjective ? written : n)) + " " + draft.Noun;
            }
        }
        return draft.Subject;
    }

    /// <summary>
    /// The subject with each nation its initials name written by the nation's adjective ("US troops" and "U.S. troops"
    /// → "American troops"): the inverse of <see cref="Subject"/>, so the store can put one population in one comparison
    /// row whichever spelling each article used, while the extracted subject keeps the text's spelling for the golds.
    /// </summary>
    public static string Canonical(string subject)
    {
        var tokens = new List<Token>();
        Token.Split(subject, 0, subject.Length, tokens);
        var spelled = new System.Text.StringBuilder(subject.Length + 8);
        var from = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var word = subject.AsSpan(tokens[k].Start, tokens[k].Length);
            // Only initials that qualify a following word ("US troops", "US and Ukrainian troops"); "civilians in the
            // US" names a place, not a people.
            if (tokens[k].IsWord && k + 1 < tokens.Count && tokens[k + 1].IsWord && Initials.Contains(word) && IsCapitals(word)
                && Nationality.At(subject, tokens, k) is { Tokens: 1 } named)
            {
                spelled.Append(subject, from, tokens[k].Start - from).Append(named.Nationality.Adjective);
                from = tokens[k].End;
            }
        }
        return from == 0 ? subject : spelled.Append(subject, from, subject.Length - from).ToString();
    }

    // "US", not the pronoun "us" ("20 of us").
    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }
}
