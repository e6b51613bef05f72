namespace ClaimTracker.Core.Claims;

/// <summary>
/// Marks sentences that repeat earlier text: a headline printed twice, or a photo caption that quotes the
/// headline. Their numbers were already read where they first appeared.
/// </summary>
internal static class RepeatFinder
{
    private const int MinWords = 4;
    private const int HeadingsKept = 8;

    public static void Mark(string text, List<Sentence> sentences)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var headings = new List<string>();
        foreach (var sentence in sentences)
        {
            if (!HasDigit(text, sentence))
            {
                continue;
            }
            var normal = Normalize(text.AsSpan(sentence.Start, sentence.End - sentence.Start));
            if (CountWords(normal) < MinWords)
            {
                continue;
            }
            if (!seen.Add(normal))
            {
                sentence.IsRepeat = true;
                continue;
            }
            foreach (var heading in headings)
            {
                if (normal.Contains(heading, StringComparison.Ordinal))
                {
                    sentence.IsRepeat = true;
                    break;
                }
            }
            if (sentence.IsHeading && CountWords(normal) >= MinWords + 1)
            {
                headings.Add(normal);
                if (headings.Count > HeadingsKept)
                {
                    headings.RemoveAt(0);
                }
            }
        }
    }

    private static bool HasDigit(string text, Sentence sentence)
    {
        // Number words ("two soldiers") are rare in headlines; digits are what repeats matter for.
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        // Vectorised: an ASCII digit, or an all-ASCII sentence that has none; only other scripts' digits need the loop.
        if (span.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }
        if (!span.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return false;
        }
        foreach (var c in span)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    private static int CountWords(string s) => s.AsSpan().Count(' ') + 1;

    private static string Normalize(ReadOnlySpan<char> s)
    {
        // Never longer than the sentence; a stack buffer spares an array per sentence with a digit.
        Span<char> chars = s.Length <= 1024 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var space = false;
        foreach (var raw in s)
        {
            var c = raw switch
            {
                '’' or '‘' => '\'',
                '“' or '”' => '"',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }
            if (space)
            {
                chars[n++] = ' ';
                space = false;
            }
            chars[n++] = c;
        }
        return new string(chars[..n]);
    }
}
