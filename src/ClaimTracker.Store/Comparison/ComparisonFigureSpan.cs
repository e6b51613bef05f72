using ClaimTracker.Core.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// One figure (value, bounds, qualifier) of one stored comparison cell with the first and last day its dated,
/// non-rejected claims give it. A figure has claims on or after a day exactly when its last day is, and on or before one
/// when its first day is: a single <c>from=</c> or <c>to=</c> counts a cell's figures and bounds from these alone.
/// Kept exact by <see cref="DatedCells"/>.
/// </summary>
public sealed class ComparisonFigureSpan
{
    public int Id { get; set; }
    public required string Subject { get; set; }
    public Metric Metric { get; set; }
    public ClaimStatus Status { get; set; }
    /// <summary>The source's id, 0 for the "No source" column.</summary>
    public int SourceKey { get; set; }
    /// <summary>The figure's value, bounds and qualifier as one text: the unique key (its parts may be null).</summary>
    public required string Figure { get; set; }
    public double? Lowest { get; set; }
    public double? Highest { get; set; }
    public int FirstDay { get; set; }
    public int LastDay { get; set; }
}
