using ClaimTracker.Core.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// One stored cell of the comparison: what one source (or no source) said for one row (subject, metric, status), over
/// the claims that are not rejected. Derived data, kept exact by <see cref="ComparisonCells"/> on every save, so the
/// grid's first page and its dimension filters read a few hundred of these instead of every claim.
/// </summary>
public sealed class ComparisonCellSummary
{
    public int Id { get; set; }
    /// <summary>The row's subject as one of its claims spells it (the alphabetically first); compared ignoring case.</summary>
    public required string Subject { get; set; }
    public Metric Metric { get; set; }
    public ClaimStatus Status { get; set; }
    /// <summary>The source the claims are credited to; null for the "No source" column.</summary>
    public int? SourceId { get; set; }
    public int ClaimCount { get; set; }
    /// <summary>Distinct figures (value, bounds, qualifier).</summary>
    public int FigureCount { get; set; }
    /// <summary>Repeats of those figures by other articles.</summary>
    public int EchoCount { get; set; }
    public double? Lowest { get; set; }
    public double? Highest { get; set; }
    /// <summary>The headline figure's date as yyyyMMdd (its as-of date, else its article's published date); 0 for none.</summary>
    public int LatestDay { get; set; }
    /// <summary>The headline claim: the latest by date, then the highest id.</summary>
    public int HeadlineClaimId { get; set; }
}
