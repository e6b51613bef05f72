using ClaimTracker.Core.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// One day of one stored comparison cell: what its dated, non-rejected claims of that day add to a date-filtered grid.
/// Claims and reports (a figure in one article) add up across days, so a <c>from=</c> or <c>to=</c> filter sums days
/// instead of grouping claims. Derived data, kept exact by <see cref="DatedCells"/> on every write.
/// </summary>
public sealed class ComparisonCellDay
{
    public int Id { get; set; }
    /// <summary>The row's subject as one of its claims spells it; compared ignoring case.</summary>
    public required string Subject { get; set; }
    public Metric Metric { get; set; }
    public ClaimStatus Status { get; set; }
    /// <summary>The source's id, 0 for the "No source" column (a unique key cannot hold null on SQLite).</summary>
    public int SourceKey { get; set; }
    /// <summary>The claims' effective day as yyyyMMdd (never 0: undated claims match no date filter).</summary>
    public int Day { get; set; }
    public int ClaimCount { get; set; }
    /// <summary>The highest claim id of the day: the day's headline candidate.</summary>
    public int LatestClaimId { get; set; }
    /// <summary>Reports (figure, article) whose earliest dated claim is on this day: what <c>to=</c> counts.</summary>
    public int FirstReports { get; set; }
    /// <summary>Reports whose latest dated claim is on this day: what <c>from=</c> counts.</summary>
    public int LastReports { get; set; }
}
