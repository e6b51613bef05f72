namespace ClaimTracker.Web.Features.Comparison;

/// <summary>The comparison grid: its source columns and rows.</summary>
public sealed record ComparisonResult(IReadOnlyList<SourceColumn> Columns, IReadOnlyList<ComparisonRow> Rows);
