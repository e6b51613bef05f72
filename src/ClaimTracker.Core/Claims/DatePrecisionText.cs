using System.Globalization;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A date written as precisely as it is known, the way editors and the API write it: "2025-11-05" (a day),
/// "2025-11" (a month), "2025" (a year). The date is the first day of the span; <see cref="AsOfPrecision"/> says how
/// much of it is known, as a claim's as-of date does.
/// </summary>
public static class DatePrecisionText
{
    /// <summary>What every caller tells a user who wrote something else.</summary>
    public const string Expected = "a date like 2025-03-05, a month like 2025-03, or a year like 2025";

    /// <summary>False for anything but YYYY-MM-DD, YYYY-MM or YYYY (so a typo is never stored as some other date).</summary>
    public static bool TryParse(string? text, out DateOnly date, out AsOfPrecision precision)
    {
        var value = text?.Trim() ?? "";
        (string Format, AsOfPrecision Precision)[] forms = [("yyyy-MM-dd", AsOfPrecision.Day), ("yyyy-MM", AsOfPrecision.Month), ("yyyy", AsOfPrecision.Year)];
        foreach (var (format, known) in forms)
        {
            if (value.Length == format.Length
                && DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                precision = known;
                return true;
            }
        }
        date = default;
        precision = AsOfPrecision.Day;
        return false;
    }
}
