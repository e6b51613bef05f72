namespace ClaimTracker.Store.Comparison;

/// <summary>One page of the comparison grid: its source columns and rows, and how many rows the whole comparison has.</summary>
public sealed record ComparisonResult(IReadOnlyList<SourceColumn> Columns, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>Rows of the whole comparison for the filter, over every page.</summary>
    public int TotalRows { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = ComparisonQuery.DefaultPageSize;

    public int PageCount => Math.Max(1, (TotalRows + PageSize - 1) / PageSize);
}
