using System.Buffers;

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
        var normals = NormalizedSentences.Rent();
        try
        {
            var seen = new HashSet<(int Start, int Length)>(normals);
            var headings = new List<(int Start, int Length)>();
            foreach (var sentence in sentences)
            {
                if (!HasDigit(text, sentence))
                {
                    continue;
                }
                var key = normals.Add(text.AsSpan(sentence.Start, sentence.End - sentence.Start));
                var normal = normals.Of(key);
                if (CountWords(normal) < MinWords)
                {
                    normals.DropLast(key);
                    continue;
                }
                if (!seen.Add(key))
                {
                    sentence.IsRepeat = true;
                    normals.DropLast(key);
                    continue;
                }
                foreach (var heading in headings)
                {
                    if (normal.IndexOf(normals.Of(heading)) >= 0)
                    {
                        sentence.IsRepeat = true;
                        break;
                    }
                }
                if (sentence.IsHeading && CountWords(normal) >= MinWords + 1)
                {
                    headings.Add(key);
                    if (headings.Count > HeadingsKept)
                    {
                        headings.RemoveAt(0);
                    }
                }
            }
        }
        finally
        {
            normals.Return();
        }
    }

    // Every ASCII character but the digits: the first character of a sentence outside this set is a digit or lies outside
    // ASCII, found in one vectorised pass where an ASCII digit search, then a search for anything outside ASCII, then a
    // loop over the whole sentence read a sentence with no ASCII digit and a curly quote three times (branch `speed31`).
    private static readonly SearchValues<char> AsciiNonDigits = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiDigit(c))]);

    private static bool HasDigit(string text, Sentence sentence) =>
        // Number words ("two soldiers") are rare in headlines; digits are what repeats matter for.
        HasDigit(text.AsSpan(sentence.Start, sentence.End - sentence.Start));

    /// <summary>Whether the span holds a digit of any script (<c>char.IsDigit</c>).</summary>
    internal static bool HasDigit(ReadOnlySpan<char> span)
    {
        for (var i = span.IndexOfAnyExcept(AsciiNonDigits); i >= 0;)
        {
            if (char.IsDigit(span[i]))
            {
                return true;
            }
            var next = span[(i + 1)..].IndexOfAnyExcept(AsciiNonDigits);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static int CountWords(ReadOnlySpan<char> s) => s.Count(' ') + 1;

    /// <summary>
    /// Writes <paramref name="s"/> lower-cased, curly quotes made straight and each run of white space one space (none
    /// at either end) into <paramref name="into"/>, which holds at least <c>s.Length</c> characters; returns the length written.
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> s, Span<char> into)
    {
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
                into[n++] = ' ';
                space = false;
            }
            into[n++] = c;
        }
        return n;
    }
}
