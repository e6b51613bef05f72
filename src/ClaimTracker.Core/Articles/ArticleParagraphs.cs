using System.Buffers;

namespace ClaimTracker.Core.Articles;

/// <summary>Paragraph text as the extractor wants it: one line, single spaces, no invisible characters.</summary>
internal static class ArticleParagraphs
{
    // Every character Normalize drops or turns into a space, except the space itself; built from the same tests.
    private static readonly SearchValues<char> Untidy = SearchValues.Create(UntidyCharacters());

    private static char[] UntidyCharacters()
    {
        var untidy = new List<char>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (c != ' ' && (IsInvisible(c) || char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                untidy.Add(c);
            }
        }
        return [.. untidy];
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    public static string Normalize(ReadOnlySpan<char> text)
    {
        // Most lines are tidy already (single spaces, none at the ends, nothing invisible): two vectorised searches
        // tell, and the line is copied as it is.
        if (text.IsEmpty || (text[0] != ' ' && text[^1] != ' ' && text.IndexOfAny(Untidy) < 0 && text.IndexOf("  ", StringComparison.Ordinal) < 0))
        {
            return new string(text);
        }
        // The rest go into one buffer (never longer than the line) rather than a StringBuilder char by char, and
        // printable ASCII, nearly all of a line, skips the Unicode tests.
        char[]? rented = null;
        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is <= ' ' or >= '\u007F')
            {
                if (IsInvisible(c))
                {
                    continue;
                }
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }
            }
            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }
            buffer[length++] = c;
        }
        var line = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return line;
    }

    /// <summary>
    /// Splits plain text into paragraphs: one per line, as text copied from a web page comes; lines that a hard wrap
    /// broke inside a sentence (the next line starts in lower case) are joined again; a nested list row keeps its indent.
    /// </summary>
    public static List<string> FromPlainText(string text)
    {
        var paragraphs = new List<string>();
        var previousBlank = true;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = Normalize(rawLine);
            if (line.Length == 0)
            {
                previousBlank = true;
                continue;
            }
            line = NestedIndent(rawLine) + line;
            if (!previousBlank && paragraphs.Count > 0 && ContinuesSentence(paragraphs[^1], line))
            {
                paragraphs[^1] = paragraphs[^1] + " " + line;
            }
            else
            {
                paragraphs.Add(line);
            }
            previousBlank = false;
        }
        return paragraphs;
    }

    // "- Casualties recorded by MoH:" over "  - Killed: 41": a nested row keeps its indent, which is all that says it
    // belongs to the row above (the extractor's SpeakerScope gives it that row's speaker); a flush line keeps none.
    private static string NestedIndent(ReadOnlySpan<char> rawLine)
    {
        var indent = rawLine.IndexOfAnyExcept(' ', '\t');
        return indent > 0 && rawLine.Length > indent + 1 && rawLine[indent] is '-' or '•' or '*' or '–' or '▪' or '·' && rawLine[indent + 1] == ' '
            ? new string(' ', indent)
            : "";
    }

    private static bool ContinuesSentence(string previous, string next) =>
        char.IsLower(next[0]) && previous[^1] is not ('.' or '!' or '?' or ':' or ';' or '"' or '”' or '’' or ')' or '>' or '|');
}
