using System.Globalization;
using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Sources;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// What the analyst narrowed the comparison to. It round-trips through the URL query string, so a view can be
/// shared and survives a reload.
/// </summary>
public sealed record ComparisonFilter
{
    /// <summary>Words the subject must contain (case-insensitive).</summary>
    public string? Subject { get; init; }
    public Metric? Metric { get; init; }
    public ClaimStatus? Status { get; init; }
    /// <summary>Source names to show; "none" stands for claims without a source. Empty: all.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Null shows every claim except rejected ones.</summary>
    public ReviewState? Review { get; init; }
    /// <summary>Ratings of the sources to show. Empty: all.</summary>
    public IReadOnlyList<Credibility> Credibility { get; init; } = [];

    public const string NoSource = "none";

    public bool IsEmpty => Subject is null && Metric is null && Status is null && Sources.Count == 0
        && From is null && To is null && Review is null && Credibility.Count == 0;

    public static ComparisonFilter FromQuery(string? subject, string? metric, string? status, string? sources, string? from, string? to,
        string? review, string? credibility) => new()
        {
            Subject = string.IsNullOrWhiteSpace(subject) ? null : subject.Trim(),
            Metric = EnumText.Parse<Metric>(metric),
            Status = EnumText.Parse<ClaimStatus>(status),
            Sources = SplitList(sources),
            From = ParseDate(from),
            To = ParseDate(to),
            Review = EnumText.Parse<ReviewState>(review),
            Credibility = [.. SplitList(credibility).Select(EnumText.Parse<Credibility>).OfType<Credibility>().Distinct()],
        };

    /// <summary>The query parameters for <c>NavigationManager.GetUriWithQueryParameters</c>; null removes a parameter.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["subject"] = Subject,
        ["metric"] = Metric is { } m ? EnumText.Slug(m) : null,
        ["status"] = Status is { } s ? EnumText.Slug(s) : null,
        ["sources"] = Sources.Count > 0 ? string.Join(',', Sources) : null,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["review"] = Review is { } r ? EnumText.Slug(r) : null,
        ["credibility"] = Credibility.Count > 0 ? string.Join(',', Credibility.Select(EnumText.Slug)) : null,
    };

    private static string[] SplitList(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
