using System.Globalization;

namespace ClaimTracker.Store.Comparison;

/// <summary>Dates as every page shows them: unambiguous across locales (18 Oct 2024).</summary>
public static class Dates
{
    public static string Show(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Show(DateOnly? date, string missing = "—") => date is { } d ? Show(d) : missing;

    public static string Show(DateTime utc) => utc.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
