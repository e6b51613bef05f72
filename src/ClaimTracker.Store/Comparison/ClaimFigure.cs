using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Articles;
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
    /// <summary>"Another 1,500" (true): a number added to an earlier total, not a total.</summary>
    public bool? Increment { get; init; }
    /// <summary>How precisely <see cref="AsOf"/> is known ("Nov 2025" is a month); null means a day.</summary>
    public AsOfPrecision? AsOfPrecision { get; init; }
    public AsOfPrecision? PublishedPrecision { get; init; }
    /// <summary>The kind of people counted when not the subject's rank and file ("generals"); see <see cref="ClaimUnit"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>The same source's same figure carried by other articles (other outlets): repeats, not agreement.</summary>
    public IReadOnlyList<ClaimFigure> Echoes { get; init; } = [];

    /// <summary>
    /// How many articles echo the figure: <see cref="Echoes"/> may list only the latest of them
    /// (<see cref="ComparisonQuery.EchoesShown"/>).
    /// </summary>
    public int EchoCount { get; init; }

    /// <summary>The date the figure describes: its as-of date, else the article's publication date.</summary>
    public DateOnly? Date => AsOf ?? PublishedAt;

    /// <summary>How precisely <see cref="Date"/> is known.</summary>
    public AsOfPrecision DatePrecision => (AsOf is not null ? AsOfPrecision : PublishedPrecision) ?? Core.Claims.AsOfPrecision.Day;

    /// <summary>The date as the pages show it: "18 Oct 2024", "Nov 2025" for a month, "2025" for a year.</summary>
    public string? DateText => Date is { } date ? PublishedDate.Show(date, DatePrecision) : null;

    public double? Point => ClaimFigureFormat.PointValue(Value, Low, High);

    public string Text => ClaimFigureFormat.Format(Value, Low, High, Qualifier);

    public string Link => $"/articles/{ArticleId}#claim-{ClaimId}";
}
