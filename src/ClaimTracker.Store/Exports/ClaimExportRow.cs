using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Sources;

namespace ClaimTracker.Store.Exports;

/// <summary>One claim of an export, flat: the figure, who said it, where and when, and which claim it echoes.</summary>
public sealed record ClaimExportRow
{
    public int ClaimId { get; init; }
    public int ArticleId { get; init; }
    public string ArticleTitle { get; init; } = "";
    public string? Outlet { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public required string Subject { get; init; }
    public Metric Metric { get; init; }
    public ClaimStatus Status { get; init; }
    /// <summary>As the comparison writes it: "≈10,000", "10,000–12,000".</summary>
    public string Figure { get; init; } = "";
    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public Qualifier Qualifier { get; init; }
    public DateOnly? AsOf { get; init; }
    public string? Source { get; init; }
    public string? SourceFullName { get; init; }
    public Credibility? SourceCredibility { get; init; }
    public ReviewState Review { get; init; }
    /// <summary>The claim this one repeats (same source, same figure, an earlier article); null for a first report.</summary>
    public int? EchoOf { get; init; }
    public string Quote { get; init; } = "";
    public string Link { get; init; } = "";
}
