using ClaimTracker.Core.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>One (subject, metric, status) line of the comparison, with one cell per source column.</summary>
public sealed record ComparisonRow
{
    public required string Subject { get; init; }
    public Metric Metric { get; init; }
    public ClaimStatus Status { get; init; }
    /// <summary>One cell per column of the result, in column order; a cell may be empty.</summary>
    public required IReadOnlyList<ComparisonCell> Cells { get; init; }
    /// <summary>Highest ÷ lowest of each named source's latest figure; null with fewer than two comparable figures.</summary>
    public double? Spread { get; init; }
    /// <summary>True when at least two columns' latest figures differ by more than <see cref="ComparisonQuery.DisagreementThreshold"/>.</summary>
    public bool Disagree { get; init; }
    /// <summary>Distinct named sources in the row (echoes and unattributed claims do not add to it).</summary>
    public int SourceCount { get; init; }
    public int ClaimCount { get; init; }

    public string Key => $"{Subject}|{Metric}|{Status}";
}
