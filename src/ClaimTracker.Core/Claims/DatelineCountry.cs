namespace ClaimTracker.Core.Claims;

/// <summary>
/// "PORT SUDAN, Sudan (AP) —", "KHAN YOUNIS, Gaza Strip (AFP) —": the country of the place a story is datelined in,
/// read from the capitalised words that open one of its first sentences before the agency's bracket or the dash. "The
/// army said" or "the health ministry said" with no body named before them are that country's (Reporting
/// sudan-kordofan-drone, gaza-khan-younis-tents).
/// </summary>
internal static class DatelineCountry
{
    private const int MaxWords = 6;

    public static string? Of(string text, List<Sentence> sentences)
    {
        var tokens = new List<Token>();
        foreach (var sentence in sentences.Where(s => !s.IsFurniture).Take(3))
        {
            Token.Split(text, sentence.Start, Math.Min(sentence.End, sentence.Start + 80), tokens);
            var end = tokens.FindIndex(t => !t.IsWord && text[t.Start] is '(' or '—' or '–');
            if (end < 1 || end > MaxWords + 2 || !tokens[0].IsWord || !IsUpper(text, tokens[0]))
            {
                continue;
            }
            for (var i = 0; i < end; i++)
            {
                if (Nationality.At(text, tokens, i) is { } n)
                {
                    return n.Nationality.Country;
                }
            }
        }
        return null;
    }

    private static bool IsUpper(string text, Token t)
    {
        foreach (var c in text.AsSpan(t.Start, t.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }
}
