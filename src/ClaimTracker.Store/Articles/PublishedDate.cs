using System.Globalization;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Store.Articles;

/// <summary>An article's published date as precisely as it is known: "5 Mar 2025", "Nov 2025" for a month, "2024" for a year.</summary>
public static class PublishedDate
{
    public static string Show(DateOnly? date, AsOfPrecision? precision, string missing = "—") => date is not { } day
        ? missing
        : precision switch
        {
            AsOfPrecision.Month => day.ToString("MMM yyyy", CultureInfo.InvariantCulture),
            AsOfPrecision.Year => day.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        };
}
