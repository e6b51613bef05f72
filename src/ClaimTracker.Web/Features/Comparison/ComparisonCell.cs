namespace ClaimTracker.Web.Features.Comparison;

/// <summary>What one source said for one row: distinct figures, latest first, each with its echoes.</summary>
public sealed record ComparisonCell(SourceColumn Column, IReadOnlyList<ClaimFigure> Figures)
{
    public ClaimFigure? Latest => Figures.Count > 0 ? Figures[0] : null;
}
