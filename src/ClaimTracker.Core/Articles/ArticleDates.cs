using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Articles;

/// <summary>A publication date as far as it is known: a full date, or only month and day (a dateline without a year).</summary>
internal sealed record PartialDate(int? Year, int Month, int Day, string Text)
{
    public DateOnly? Date => Year is { } year && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month)
        ? new DateOnly(year, Month, Day)
        : null;
}

/// <summary>A dateline that opens a story: "SEOUL, March 5 (UPI) –", "KYIV, Ukraine, Feb. 3, 2025 (Reuters) -", "WASHINGTON (AP) —".</summary>
internal sealed record ArticleDateline(string Text, PartialDate? Date, string? Agency, string Place);

/// <summary>Reads dates as news pages write them: ISO 8601 values in metadata, "March 5, 2025", "5 March 2025", datelines.</summary>
internal static partial class ArticleDates
{
    private const string Month =
        @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    /// <summary>A metadata value or a date written in words; null when it holds no full date.</summary>
    public static PartialDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture);
            // The date as written in the page's own time zone: converting to UTC could move it to the day before.
            var date = new PartialDate(year, month, day, text);
            return date.Date is null ? null : date;
        }
        var words = WordDate().Match(text);
        if (words.Success && words.Groups["year"].Success)
        {
            var date = FromWords(words, text);
            return date?.Date is null ? null : date;
        }
        return null;
    }

    /// <summary>A date written in words anywhere in a short line ("Published 12:30 GMT, 5 March 2025").</summary>
    public static PartialDate? FindInLine(string line)
    {
        var match = WordDate().Match(line);
        if (!match.Success || !match.Groups["year"].Success)
        {
            return Parse(line);
        }
        var date = FromWords(match, match.Value);
        return date?.Date is null ? null : date;
    }

    /// <summary>The dateline at the start of a paragraph, if it opens with one.</summary>
    public static ArticleDateline? FindDateline(string paragraph)
    {
        var match = Dateline().Match(paragraph);
        if (!match.Success || !(match.Groups["month"].Success || match.Groups["agency"].Success))
        {
            return null;
        }
        var date = match.Groups["month"].Success ? FromWords(match, match.Groups["date"].Value) : null;
        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        // Datelines set the place in capitals ("KHARTOUM"); the place is a name, so it is kept as one ("Khartoum").
        var place = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(match.Groups["place"].Value.Trim().ToLowerInvariant());
        return new ArticleDateline(match.Groups["line"].Value.Trim(), date, agency, place);
    }

    private static PartialDate? FromWords(Match match, string text)
    {
        var month = MonthNumber(match.Groups["month"].Value);
        var dayGroup = match.Groups["day"].Success ? match.Groups["day"] : match.Groups["day2"];
        if (month == 0 || !dayGroup.Success)
        {
            return null;
        }
        var day = int.Parse(dayGroup.Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (day is < 1 or > 31)
        {
            return null;
        }
        return new PartialDate(year, month, day, text.Trim());
    }

    private static int MonthNumber(string name) =>
        name.Length < 3 ? 0 : name[..3].ToUpperInvariant() switch
        {
            "JAN" => 1, "FEB" => 2, "MAR" => 3, "APR" => 4, "MAY" => 5, "JUN" => 6,
            "JUL" => 7, "AUG" => 8, "SEP" => 9, "OCT" => 10, "NOV" => 11, "DEC" => 12,
            _ => 0,
        };

    [GeneratedRegex(@"^(?<y>(?:19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)(?:$|[T ])")]
    private static partial Regex IsoDate();

    // "March 5, 2025", "Mar. 5 2025", "5 March 2025", "Wednesday, 5 March, 2025".
    [GeneratedRegex(@"\b(?:" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+|(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+)(?<year>(?:19|20)\d\d)\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex WordDate();

    // The place in capitals, an optional region, an optional date, an optional agency in brackets, then a dash ("--" too) or colon.
    [GeneratedRegex(@"^(?<line>(?<place>\p{Lu}[\p{Lu}\p{M} .'-]*\p{Lu})(?:,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)??" +
                    @"(?:,\s+(?<date>" + Month + @"\s+(?<day>\d{1,2})|(?<day2>\d{1,2})\s+" + Month + @")(?:,?\s+(?<year>(?:19|20)\d\d))?)?" +
                    @"\s*(?:\((?<agency>[\p{L}][\p{L} .&-]{0,30})\))?)\s*(?:--|[-–—:])\s",
        RegexOptions.ExplicitCapture)]
    private static partial Regex Dateline();
}
