using System.Globalization;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>Writes a claim's figure the way analysts read it: ≈10,000, &gt;600,000, 10,000–12,000, thousands (≥2,000).</summary>
public static class ClaimFigureFormat
{
    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Format(double? value, double? low, double? high, Qualifier qualifier)
    {
        var best = value ?? low ?? high;
        return qualifier switch
        {
            Qualifier.Exact => Or(best),
            Qualifier.Approximately => "≈" + Or(best),
            Qualifier.MoreThan => ">" + Or(low ?? value ?? high),
            Qualifier.AtLeast => "≥" + Or(low ?? value ?? high),
            Qualifier.UpTo => "≤" + Or(high ?? value ?? low),
            Qualifier.LessThan => "<" + Or(high ?? value ?? low),
            Qualifier.Range when low is not null && high is not null => Number(low.Value) + "–" + Number(high.Value),
            Qualifier.Range => Or(best),
            Qualifier.Vague => Vague(low ?? value),
            _ => Or(best),
        };
    }

    /// <summary>The single number a figure stands for when figures are compared or charted: best, else the bound it has.</summary>
    public static double? PointValue(double? value, double? low, double? high) => value ?? low ?? high;

    private static string Or(double? value) => value is null ? "?" : Number(value.Value);

    // Vague claims only carry a conservative lower bound; the word tells the reader how rough it is.
    private static string Vague(double? low)
    {
        if (low is null)
        {
            return "unspecified";
        }

        var word = low.Value switch
        {
            >= 2_000_000 => "millions",
            >= 200_000 => "hundreds of thousands",
            >= 20_000 => "tens of thousands",
            >= 2_000 => "thousands",
            >= 200 => "hundreds",
            >= 24 => "dozens",
            _ => "several",
        };
        return $"{word} (≥{Number(low.Value)})";
    }
}
