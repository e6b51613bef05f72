using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>One claim as the comparison shows it: the figure, when it held, and where it was said.</summary>
public sealed record ClaimFigure
{
    public int ClaimId { get; init; }
    public int ArticleId { get; init; }
    public string ArticleTitle { get; init; } = "";
    public string? Outlet { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public required string Subject { get; init; }
    public Metric Metric { get; init; }
    public ClaimStatus Status { get; init; }
    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public Qualifier Qualifier { get; init; }
    public DateOnly? AsOf { get; init; }
    public int? SourceId { get; init; }
    public ReviewState Review { get; init; }
    public string Quote { get; init; } = "";

    /// <summary>The same source's same figure carried by other articles (other outlets): repeats, not agreement.</summary>
    public IReadOnlyList<ClaimFigure> Echoes { get; init; } = [];

    /// <summary>The date the figure describes: its as-of date, else the article's publication date.</summary>
    public DateOnly? Date => AsOf ?? PublishedAt;

    public double? Point => ClaimFigureFormat.PointValue(Value, Low, High);

    public string Text => ClaimFigureFormat.Format(Value, Low, High, Qualifier);

    public string Link => $"/articles/{ArticleId}#claim-{ClaimId}";
}
