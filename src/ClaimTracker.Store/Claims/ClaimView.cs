using ClaimTracker.Core.Claims;

namespace ClaimTracker.Store.Claims;

/// <summary>A claim as the API shows it; <see cref="Source"/> is the source's canonical name.</summary>
public sealed record ClaimView
{
    public int Id { get; init; }
    public int ArticleId { get; init; }
    public required string Subject { get; init; }
    public Metric Metric { get; init; }
    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public Qualifier Qualifier { get; init; }
    public ClaimStatus Status { get; init; }
    public bool? Increment { get; init; }
    public string? Source { get; init; }
    public string? SourceMention { get; init; }
    public Attribution Attribution { get; init; }
    public string? TimeText { get; init; }
    public DateOnly? AsOf { get; init; }
    public AsOfPrecision? AsOfPrecision { get; init; }
    public required string Quote { get; init; }
    public required string MentionText { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public ReviewState Review { get; init; }
    /// <summary>The concurrency token to send back with an edit.</summary>
    public int Version { get; init; }
}
