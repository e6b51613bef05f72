using System.Text;

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
    internal static readonly WordSet Initials = WordLists.Set("nationInitials");

    // Asked of every claim with a nation, with no call inside it that splits again: one list a thread, not one a claim
    // (with the rewrite's closure made only where it fires, ~1.5 % of the extractor's allocation; branch `speed27`).
    [ThreadStatic]
    private static List<Token>? scratch;

    /// <summary>The draft's subject, with a nation its count phrase writes by its initials spelled so.</summary>
    public static string Subject(string text, ClaimDraft draft)
    {
        if (draft.Nationalities.Count == 0)
        {
            return draft.Subject;
        }
        // The initials must be written in capitals (IsCapitals), and every key has letters: a window of ASCII with no
        // capital letter holds none, and most claims' next words ("people were killed") are such a window, answered
        // without splitting it (branch `speed48`). Outside ASCII a character may fold onto a key's letter, so it is split.
        var window = text.AsSpan(draft.Number.End, Math.Min(text.Length, draft.Number.End + Window) - draft.Number.End);
        if (!window.ContainsAnyInRange('A', 'Z') && Ascii.IsValid(window))
        {
            return draft.Subject;
        }
        var tokens = scratch ??= [];
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
                return Written(draft, named.Nationality.Adjective, word.ToString());
            }
        }
        return draft.Subject;
    }

    private static string Written(ClaimDraft draft, string adjective, string written) =>
        string.Join(" and ", draft.Nationalities.Select(n => n == adjective ? written : n)) + " " + draft.Noun;

    // "US", not the pronoun "us" ("20 of us").
    internal static bool IsCapitals(ReadOnlySpan<char> word)
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
