using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>Finds the words that date a claim and resolves them against the article's published date.</summary>
internal static partial class ClaimTime
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    // Every alternative starts with \b and one of these words (or a one- or two-digit day), so the expression
    // is tried only where such a word starts rather than at every character: a third of the extractor's time
    // went to failed attempts before.
    private const string Pattern =
        @"\b(?:(?:since|until|through|from|as of|as at|by|in|during|on|before|after)\s+(?:(?:early|late|mid)[- ]\s*)?)?(?:" + Month + @")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{2})?\b"
        + @"|\b(?:(?:since|until|by|as of|on)\s+)?\d{1,2}\s+(?:" + Month + @")\.?(?:\s+(?:19|20)\d{2})?\b"
        + @"|\bsince\s+the\s+(?:beginning|start|outbreak)\s+of\s+(?:the\s+)?(?:full-scale\s+)?(?:war|conflict|invasion|fighting|year|month)(?:\s+in\s+(?:(?:" + Month + @")\s+)?(?:19|20)\d{2})?"
        + @"|\bsince\s+the\s+(?:full-scale\s+)?(?:war|conflict|invasion|fighting)\s+(?:began|started|broke\s+out)(?:\s+in\s+(?:(?:" + Month + @")\s+)?(?:19|20)\d{2})?"
        + @"|\b(?:in|since|by|as of|during|before|after|until)\s+(?:19|20)\d{2}\b"
        + @"|\b(?:on|last|this|next|since|by)\s+(?:" + Weekday + @")\b"
        + @"|\b(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|weekend|month|year)\b"
        + @"|\b(?:in|within|over|during)\s+the\s+(?:coming|next|past|last|following)\s+(?:few\s+|several\s+|two\s+|three\s+|\d+\s+)?(?:hours|days|weeks|months|years)\b"
        + @"|\bin\s+recent\s+(?:days|weeks|months)\b"
        + @"|\b(?:yesterday|today|tonight|at\s+present|currently|so\s+far|to\s+date|as\s+of\s+now|at\s+the\s+moment|soon|now)\b";

    /// <summary>The words a time expression can start with (besides a day number); keep in step with <see cref="Pattern"/>.</summary>
    private static readonly WordSet FirstWords = new(
        "since", "until", "through", "from", "as", "by", "in", "during", "on", "before", "after",
        "last", "this", "next", "earlier", "later", "within", "over",
        "yesterday", "today", "tonight", "at", "currently", "so", "to", "soon", "now",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec");

    /// <summary>The expression anywhere: the reference the fast search is tested against.</summary>
    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Expression();

    /// <summary>The expression starting exactly where the search is told to start.</summary>
    [GeneratedRegex(@"\G(?:" + Pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpressionHere();

    public static void Find(string text, int start, int end, List<TimeExpression> into)
    {
        into.Clear();
        foreach (var (s, length) in Matches(text, start, end))
        {
            var value = text.Substring(s, length);
            // "May" is a month only with a preposition, a day or a year next to it.
            if (value.Equals("May", StringComparison.OrdinalIgnoreCase) || value.Equals("March", StringComparison.OrdinalIgnoreCase) && char.IsLower(value[0]))
            {
                continue;
            }
            // "KYIV, Nov 20 (Reuters) -": a dateline dates the story, not the figures in it.
            if (IsDateline(text, s + length, end))
            {
                continue;
            }
            into.Add(new TimeExpression(value, s, s + length));
        }
    }

    /// <summary>Where <see cref="Expression"/> matches in text[start..end], found by trying it only at the words it can start with.</summary>
    internal static List<(int Start, int Length)> Matches(string text, int start, int end)
    {
        var matches = new List<(int, int)>();
        var span = text.AsSpan(start, end - start);
        var i = 0;
        while (i < span.Length)
        {
            if (!IsWordChar(span[i]) || (i > 0 && IsWordChar(span[i - 1])))
            {
                i++;
                continue;
            }
            var wordEnd = i + 1;
            while (wordEnd < span.Length && IsWordChar(span[wordEnd]))
            {
                wordEnd++;
            }
            var word = span[i..wordEnd];
            if ((FirstWords.Contains(word) || (word.Length <= 2 && char.IsDigit(word[0]) && char.IsDigit(word[^1]))) && TryMatchAt(span, i, out var length))
            {
                matches.Add((start + i, length));
                i += length;
            }
            else
            {
                i = wordEnd;
            }
        }
        return matches;
    }

    private static bool TryMatchAt(ReadOnlySpan<char> span, int at, out int length)
    {
        foreach (var match in ExpressionHere().EnumerateMatches(span, at))
        {
            length = match.Length;
            return match.Index == at && length > 0;
        }
        length = 0;
        return false;
    }

    // The same word characters as the regex's \b: letters, combining marks, digits, connector punctuation, ZWJ/ZWNJ.
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 127 && (c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter or System.Globalization.UnicodeCategory.TitlecaseLetter
        or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation));

    public static (DateOnly? AsOf, AsOfPrecision? Precision) Resolve(string expression, DateOnly? published, bool future)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var words = expression.ToUpperInvariant();
        var lead = FirstWord(words);
        var lookAhead = future || lead is "BY" or "UNTIL" or "NEXT" || words.StartsWith("IN THE COMING", StringComparison.Ordinal)
            || words.StartsWith("WITHIN", StringComparison.Ordinal) || words.StartsWith("OVER THE NEXT", StringComparison.Ordinal);
        if (lead == "SINCE" || words is "AT PRESENT" or "CURRENTLY" or "SO FAR" or "TO DATE" or "AS OF NOW" or "AT THE MOMENT" or "NOW" or "TODAY" or "TONIGHT")
        {
            return published is { } p ? (p, AsOfPrecision.Day) : (null, null);
        }
        if (words == "YESTERDAY")
        {
            return published is { } p ? (p.AddDays(-1), AsOfPrecision.Day) : (null, null);
        }
        var year = YearIn(words);
        var month = MonthIn(words);
        var day = DayIn(words, month is not null);
        if (month is { } m)
        {
            if (year is { } y)
            {
                return day is { } d && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? (new DateOnly(y, m, d), AsOfPrecision.Day) : (new DateOnly(y, m, 1), AsOfPrecision.Month);
            }
            if (published is not { } p)
            {
                return (null, null);
            }
            var candidate = new DateOnly(p.Year, m, 1);
            if (lookAhead)
            {
                if (candidate < new DateOnly(p.Year, p.Month, 1))
                {
                    candidate = candidate.AddYears(1);
                }
            }
            else if (candidate > new DateOnly(p.Year, p.Month, 1))
            {
                candidate = candidate.AddYears(-1);
            }
            return day is { } dd && dd >= 1 && dd <= DateTime.DaysInMonth(candidate.Year, m)
                ? (new DateOnly(candidate.Year, m, dd), AsOfPrecision.Day)
                : (candidate, AsOfPrecision.Month);
        }
        if (year is { } onlyYear)
        {
            return (new DateOnly(onlyYear, 1, 1), AsOfPrecision.Year);
        }
        if (published is not { } pub)
        {
            return (null, null);
        }
        var weekday = WeekdayIn(words);
        if (weekday is { } w)
        {
            var back = ((int)pub.DayOfWeek - (int)w + 7) % 7;
            if (lead == "LAST" && back == 0)
            {
                back = 7;
            }
            return lookAhead ? (pub.AddDays(((int)w - (int)pub.DayOfWeek + 7) % 7), AsOfPrecision.Day) : (pub.AddDays(-back), AsOfPrecision.Day);
        }
        if (words.EndsWith("WEEK", StringComparison.Ordinal) || words.EndsWith("WEEKEND", StringComparison.Ordinal))
        {
            return lead switch
            {
                "LAST" => (pub.AddDays(-7), AsOfPrecision.Day),
                "NEXT" => (pub.AddDays(7), AsOfPrecision.Day),
                _ => (pub, AsOfPrecision.Day),
            };
        }
        if (words.EndsWith("MONTH", StringComparison.Ordinal))
        {
            var first = new DateOnly(pub.Year, pub.Month, 1);
            return lead switch
            {
                "LAST" => (first.AddMonths(-1), AsOfPrecision.Month),
                "NEXT" => (first.AddMonths(1), AsOfPrecision.Month),
                _ => (first, AsOfPrecision.Month),
            };
        }
        if (words.EndsWith("YEAR", StringComparison.Ordinal))
        {
            var first = new DateOnly(pub.Year, 1, 1);
            return lead switch
            {
                "LAST" => (first.AddYears(-1), AsOfPrecision.Year),
                "NEXT" => (first.AddYears(1), AsOfPrecision.Year),
                _ => (first, AsOfPrecision.Year),
            };
        }
        if (words.Contains("PAST", StringComparison.Ordinal) || words.Contains("LAST", StringComparison.Ordinal) || words.Contains("RECENT", StringComparison.Ordinal))
        {
            return (pub, AsOfPrecision.Day);
        }
        // "soon", "in the coming weeks": the figure lies ahead of publication, on no fixed date.
        return (null, null);
    }

    private static bool IsDateline(string text, int from, int end)
    {
        var i = from;
        while (i < end && text[i] == ' ')
        {
            i++;
        }
        if (i >= end || text[i] != '(')
        {
            return false;
        }
        var close = text.IndexOf(')', i, Math.Min(40, end - i));
        return close > i + 1 && char.IsUpper(text[i + 1]);
    }

    private static string FirstWord(string words)
    {
        var space = words.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? words : words[..space];
    }

    private static int? YearIn(string words)
    {
        var m = Year().Match(words);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    private static int? DayIn(string words, bool hasMonth)
    {
        if (!hasMonth)
        {
            return null;
        }
        var m = Day().Match(words);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static int? MonthIn(string words)
    {
        string[] names = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
        foreach (var m in MonthWord().EnumerateMatches(words))
        {
            var token = words.AsSpan(m.Index, 3);
            for (var i = 0; i < names.Length; i++)
            {
                if (token.SequenceEqual(names[i]))
                {
                    return i + 1;
                }
            }
        }
        return null;
    }

    private static DayOfWeek? WeekdayIn(string words)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (words.Contains(day.ToString().ToUpperInvariant(), StringComparison.Ordinal))
            {
                return day;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(\d{1,2})(?:ST|ND|RD|TH)?\b(?!\d)")]
    private static partial Regex Day();

    [GeneratedRegex(@"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\b")]
    private static partial Regex MonthWord();
}
