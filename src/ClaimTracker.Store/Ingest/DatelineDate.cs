using System.Text.RegularExpressions;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// The publication day of an article whose dateline gives a month and day but no year ("SEOUL, March 5 (Yonhap) --"):
/// the latest year the text mentions that is not after the day it was received (the year after it when the text names
/// a later month of that year, as "since October 2024" in a March story); else the year it was received, one earlier
/// when that would put the day after its arrival. Always an inference, and marked as one.
/// </summary>
public static partial class DatelineDate
{
    public static DateOnly? Infer(ArticleDocument document, DateOnly received)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Published is not null || document.PublishedMonth is not { } month || document.PublishedDay is not { } day)
        {
            return null;
        }
        var mentioned = 0;
        foreach (Match match in Year().Matches(document.Text))
        {
            var year = int.Parse(match.ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (year <= received.Year && year > mentioned)
            {
                mentioned = year;
            }
        }
        if (mentioned > 0)
        {
            foreach (Match match in MonthOfYear().Matches(document.Text))
            {
                var named = Months.IndexOf(match.Groups["month"].Value[..3], StringComparison.OrdinalIgnoreCase) / 3 + 1;
                if (int.Parse(match.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) == mentioned && named > month
                    && mentioned < received.Year)
                {
                    mentioned++;
                    break;
                }
            }
            return DayOf(mentioned, month, day);
        }
        return DayOf(received.Year, month, day) is { } thisYear && thisYear <= received ? thisYear : DayOf(received.Year - 1, month, day);
    }

    private const string Months = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private static DateOnly? DayOf(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"\b(?:19[5-9]\d|20\d\d)\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex MonthOfYear();
}
