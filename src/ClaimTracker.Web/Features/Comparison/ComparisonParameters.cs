using System.Globalization;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Sources;
using ClaimTracker.Web.Hosting;

namespace ClaimTracker.Web.Features.Comparison;

/// <summary>
/// The comparison page's URL parameters (subject, metric, status, sources, from, to, review, credibility) as the API
/// and exports take them, so a page URL's query string can be pasted onto /api/comparison or an export. Unlike the
/// page, which ignores a value it cannot read, the API says what is wrong.
/// </summary>
public sealed record ComparisonParameters(
    string? Subject, string? Metric, string? Status, string? Sources, string? From, string? To, string? Review, string? Credibility)
{
    /// <summary>The filter, or the problems with the parameters keyed by name.</summary>
    public (ComparisonFilter? Filter, Dictionary<string, string[]> Errors) ToFilter()
    {
        var errors = new Dictionary<string, string[]>();
        if (Subject is { Length: > ComparisonQuery.MaxSubjectFilterLength })
        {
            errors["subject"] = [$"At most {ComparisonQuery.MaxSubjectFilterLength} characters."];
        }
        Check<Metric>("metric", Metric, errors);
        Check<ClaimStatus>("status", Status, errors);
        Check<ReviewState>("review", Review, errors);
        foreach (var rating in (Credibility ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Check<Credibility>("credibility", rating, errors);
        }
        foreach (var (name, date) in new[] { ("from", From), ("to", To) })
        {
            if (!string.IsNullOrWhiteSpace(date) && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors[name] = ["A date like 2025-03-05."];
            }
        }
        return errors.Count > 0
            ? (null, errors)
            : (ComparisonFilter.FromQuery(Subject, Metric, Status, Sources, From, To, Review, Credibility), errors);
    }

    private static void Check<T>(string name, string? value, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (!string.IsNullOrWhiteSpace(value) && EnumText.Parse<T>(value) is null)
        {
            errors[name] = [$"'{value}' is not one of: {string.Join(", ", SnakeCaseName.All<T>())}."];
        }
    }
}
