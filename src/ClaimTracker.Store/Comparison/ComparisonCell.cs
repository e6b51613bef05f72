namespace ClaimTracker.Store.Comparison;

/// <summary>
/// What one source said for one row. On a grid page <see cref="Figures"/> holds the headline figure only (the latest
/// by as-of date, then publication date) and the counts say what else there is; a cell loaded on its own holds every
/// distinct figure, latest first, each with its echoes.
/// </summary>
public sealed record ComparisonCell(SourceColumn Column, IReadOnlyList<ClaimFigure> Figures)
{
    /// <summary>The headline figure (the first of <see cref="Figures"/>); not written to JSON, where it would be a second copy.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ClaimFigure? Latest => Figures.Count > 0 ? Figures[0] : null;

    /// <summary>Distinct figures (value, bounds, qualifier) the source gave for the row.</summary>
    public int FigureCount { get; init; }
    /// <summary>Repeats of those figures by other articles.</summary>
    public int EchoCount { get; init; }
    public double? Lowest { get; init; }
    public double? Highest { get; init; }
    public DateOnly? LatestDate { get; init; }

    /// <summary>Figures not shown in the cell, to load on demand.</summary>
    public int More => Math.Max(0, FigureCount - Figures.Count);
}
