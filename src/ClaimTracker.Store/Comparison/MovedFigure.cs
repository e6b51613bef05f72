using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// One counted (not rejected) claim's figure where a save takes it from or puts it: its cell, figure, article and day.
/// A correction that moves a figure leaves one cell and enters another (or the same cell on another day); a delete only leaves.
/// </summary>
internal sealed record MovedFigure(
    int Id, string Subject, Metric Metric, ClaimStatus Status, int? SourceId, double? Value, double? Low, double? High, Qualifier Qualifier,
    int ArticleId, int Day)
{
    public static MovedFigure Of(Claim claim) => new(
        claim.Id, claim.Subject, claim.Metric, claim.Status, claim.SourceId, claim.Value, claim.Low, claim.High, claim.Qualifier, claim.ArticleId,
        claim.EffectiveDay);

    public CellKey Cell => new(Subject, Metric, Status, SourceId);

    /// <summary>The cell as the stores compare it when the subject is ASCII (NOCASE and citext agree there).</summary>
    public (string Subject, Metric Metric, ClaimStatus Status, int? SourceId) Row => (Subject.ToLowerInvariant(), Metric, Status, SourceId);

    public (string Subject, Metric Metric, ClaimStatus Status, int? SourceId, double? Value, double? Low, double? High, Qualifier Qualifier) Figure =>
        (Subject.ToLowerInvariant(), Metric, Status, SourceId, Value, Low, High, Qualifier);

    /// <summary>The figure's bounds in the cell: its low (else its value) and its high (else its value).</summary>
    public double? Lowest => Low ?? Value;

    public double? Highest => High ?? Value;

    /// <summary>The headline key: the day, then the id (<see cref="ComparisonQuery.HeadlineKey"/>).</summary>
    public long Headline => Day * ComparisonQuery.HeadlineKey + Id;

    /// <summary>Subjects with letters beyond ASCII are grouped by each store's own case rules, which C# cannot copy exactly.</summary>
    public bool IsAscii => Subject.All(char.IsAscii);
}
