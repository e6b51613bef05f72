using System.Buffers;

namespace ClaimTracker.Core.Claims;

/// <summary>Splits article text into sentences with offsets, paragraphs (blank lines) and headings.</summary>
internal static class SentenceSplitter
{
    /// <summary>
    /// A "sentence" longer than this is cut into pieces: every later step reads a sentence as a whole (its tokens,
    /// its numbers, its attributors), so one endless sentence would make the work grow with the square of its length.
    /// </summary>
    public const int MaxLength = 2000;

    private static readonly WordSet Abbreviations = new(
        "mr", "mrs", "ms", "dr", "lt", "gen", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "brig", "cmdr", "rep",
        "sen", "gov", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos",
        "vs", "inc", "corp", "co", "ltd", "jr", "sr", "prof", "rev", "hon", "approx", "est", "fig", "gov", "pres", "u.s", "u.k",
        "u.n", "e.g", "i.e", "etc", "mt", "ft", "vol", "art", "sec", "dept");

    /// <summary>
    /// A live page's summary joins its bullets on one line ("■ Ministry: 104 bodies brought … ■ Reservist killed, two
    /// soldiers wounded ■ GHF says …"): each bullet is its own sentence, or the last bullet's speaker and the middle
    /// bullet's people spread over all of them (Unseen62 haaretz-live; golden case bullets_joined_on_one_line). A bullet
    /// opening the line is left in its sentence as before.
    /// </summary>
    private static readonly SearchValues<char> Bullets = SearchValues.Create("■•▪►");


    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var line = 0;
        var lineStart = 0;
        var sawText = false;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var content = text.AsSpan(lineStart, lineEnd - lineStart);
            if (content.IsWhiteSpace())
            {
                if (sawText)
                {
                    paragraph++;
                    sawText = false;
                }
            }
            else
            {
                sawText = true;
                SplitLine(text, lineStart, lineEnd, paragraph, line, sentences);
                line++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void SplitLine(string text, int start, int end, int paragraph, int line, List<Sentence> into)
    {
        if (TableRow.Cells(text, start, end) is { } cells)
        {
            foreach (var (cellStart, cellEnd) in cells)
            {
                Add(text, cellStart, cellEnd, paragraph, line, false, into);
            }
            return;
        }
        var heading = IsHeading(text, start, end);
        var sentenceStart = Skip(text, start, end);
        var bullet = -1;
        for (var i = sentenceStart; i < end; i++)
        {
            // Straight to the next full stop, exclamation or question mark or bullet: a vectorised search, not a test per
            // character.
            var mark = NextMark(text, i, end, ref bullet);
            if (mark < 0)
            {
                break;
            }
            i += mark;
            var c = text[i];
            if (Bullets.Contains(c))
            {
                sentenceStart = AfterBullet(text, sentenceStart, i, paragraph, line, heading, into);
                continue;
            }
            var j = i + 1;
            while (j < end && text[j] is '"' or '”' or '’' or '\'' or ')' or ']')
            {
                j++;
            }
            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                continue;
            }
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }
            if (k >= end)
            {
                break;
            }
            var next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '\'' or '(' or '['))
            {
                continue;
            }
            if (c == '.' && IsAbbreviation(text, sentenceStart, i))
            {
                continue;
            }
            Add(text, sentenceStart, j, paragraph, line, heading, into);
            sentenceStart = k;
            i = k - 1;
        }
        Add(text, sentenceStart, end, paragraph, line, heading, into);
    }

    // The offset from i of the next full stop, exclamation or question mark or bullet, or -1. One search of seven
    // characters, three of them outside ASCII, is a slow probabilistic map (branch `speed30`): the marks are found by
    // the three-character search and the next bullet by its own, kept in bullet (end when the line has no more; -1 not
    // yet sought) until i passes it, so a line is searched for bullets about once.
    internal static int NextMark(string text, int i, int end, ref int bullet)
    {
        if (bullet < i)
        {
            var b = text.AsSpan(i, end - i).IndexOfAny(Bullets);
            bullet = b < 0 ? end : i + b;
        }
        var stop = text.AsSpan(i, bullet - i).IndexOfAny('.', '!', '?');
        return stop >= 0 ? stop : bullet < end ? bullet - i : -1;
    }

    // A bullet after a space closes the sentence before it and opens its own (keeping the bullet at its start, as a
    // bullet opening the line is kept); glued to a word ("staff•Kyiv") it is no break.
    private static int AfterBullet(string text, int sentenceStart, int bullet, int paragraph, int line, bool heading, List<Sentence> into)
    {
        if (bullet <= sentenceStart || !char.IsWhiteSpace(text[bullet - 1]))
        {
            return sentenceStart;
        }
        Add(text, sentenceStart, bullet, paragraph, line, heading, into);
        return bullet;
    }

    private static void Add(string text, int start, int end, int paragraph, int line, bool heading, List<Sentence> into)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        start = Skip(text, start, end);
        while (end - start > MaxLength)
        {
            var cut = CutPoint(text, start, start + MaxLength);
            var pieceEnd = cut;
            while (pieceEnd > start && char.IsWhiteSpace(text[pieceEnd - 1]))
            {
                pieceEnd--;
            }
            into.Add(new Sentence(start, pieceEnd, paragraph, line, heading));
            start = Skip(text, cut, end);
        }
        if (end > start)
        {
            into.Add(new Sentence(start, end, paragraph, line, heading));
        }
    }

    // Where to end a piece of an over-long sentence no later than limit: after the last clause mark (";", ":", ", ", a dash)
    // in its second half, else at the last space, else at the limit itself (never inside a surrogate pair).
    private static int CutPoint(string text, int start, int limit)
    {
        var floor = start + MaxLength / 2;
        for (var i = limit - 1; i > floor; i--)
        {
            if (text[i] is ';' or ':' or ',' or '—' or '–' && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }
        for (var i = limit; i > floor; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    private static int Skip(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return start;
    }

    private static readonly WordSet PlatformPrepositions = WordLists.Set("platformPrepositions");

    // "…,” Zelenskyy wrote on X. He added that …": a lone capital after "on" is the platform, not an initial (initials
    // follow or open a name), so the sentence ends there and "He" opens the next one, continuing the writer (Unseen59
    // cbc-ap-odesa; golden case he_added_after_a_post_on_x). Read only for a one-letter capital word.
    private static bool NamesPlatform(string text, int sentenceStart, int letter)
    {
        var end = letter - 1;
        if (end <= sentenceStart || text[end] != ' ')
        {
            return false;
        }
        var w = end;
        while (w > sentenceStart && char.IsLetter(text[w - 1]))
        {
            w--;
        }
        return w < end && PlatformPrepositions.Contains(text.AsSpan(w, end - w));
    }

    // "Lt." "U.S." "Feb." or a single initial ("A.") do not end a sentence.
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 0)
        {
            return false;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return !NamesPlatform(text, sentenceStart, w);
        }
        return Abbreviations.Contains(word) || IsDottedInitials(word);
    }

    // "Karim A.A. Khan", "J.R.R. Tolkien": capitals each followed by a dot are a name's initials, as a single "A." is,
    // and the sentence runs on (the ICC prosecutor's name ended a sentence after "A.A." and left "Khan" to open the next).
    private static bool IsDottedInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
        {
            return false;
        }
        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A list or table row, "- Killed: 41", "Injured: 96", "Bodies recovered from under the rubble: 18": a label, a colon
    /// and a figure ending the line is a row of the text around it (a situation report's casualty list), not a crosshead,
    /// so the speaker and the people before it carry into it (nor is it page furniture when bulleted). Golden case:
    /// casualty_list_rows.
    /// </summary>
    internal static bool IsListRow(ReadOnlySpan<char> line)
    {
        var colon = line.LastIndexOf(':');
        if (colon < 1 || !char.IsLetter(line[colon - 1]))
        {
            return false;
        }
        var figure = line[(colon + 1)..].Trim();
        return colon + 1 < line.Length && char.IsWhiteSpace(line[colon + 1]) && figure.Length > 0 && char.IsDigit(figure[0]) && char.IsDigit(figure[^1])
            && !figure.ContainsAnyExcept("0123456789,.".AsSpan());
    }

    // A headline, crosshead or caption: no closing punctuation and either short or in title case.
    private static bool IsHeading(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start).Trim();
        if (span.Length == 0)
        {
            return false;
        }
        var last = span[^1];
        if (last is '.' or '!' or '?' or '"' or '”' or ':' or ';' or ',' || IsListRow(span))
        {
            return false;
        }
        var words = 0;
        var capitalised = 0;
        var inWord = false;
        foreach (var c in span)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                    if (char.IsUpper(c) || char.IsDigit(c))
                    {
                        capitalised++;
                    }
                }
                inWord = true;
            }
            else
            {
                inWord = c is '\'' or '’' && inWord;
            }
        }
        return words <= 6 || capitalised * 10 >= words * 6;
    }
}
