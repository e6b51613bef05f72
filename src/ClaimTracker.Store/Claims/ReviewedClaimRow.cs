using ClaimTracker.Core.Claims;

namespace ClaimTracker.Store.Claims;

/// <summary>
/// A claim as <see cref="ReviewStatement.SaveAndReadAsync"/> returns it, column by column: EF Core reads a raw query into
/// a type it does not map with no value converters, so the enums stored as text arrive as text and are parsed here.
/// </summary>
internal sealed class ReviewedClaimRow
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string Subject { get; set; } = "";
    public string Metric { get; set; } = "";
    public double? Value { get; set; }
    public double? Low { get; set; }
    public double? High { get; set; }
    public string Qualifier { get; set; } = "";
    public string Status { get; set; } = "";
    public bool? Increment { get; set; }
    public string? SourceName { get; set; }
    public string? SourceMention { get; set; }
    public string Attribution { get; set; } = "";
    public string? TimeText { get; set; }
    public DateOnly? AsOf { get; set; }
    public string? AsOfPrecision { get; set; }
    public string Quote { get; set; } = "";
    public string MentionText { get; set; } = "";
    public int Start { get; set; }
    public int End { get; set; }
    public string Review { get; set; } = "";
    public int Version { get; set; }

    public ClaimView ToView() => new()
    {
        Id = Id,
        ArticleId = ArticleId,
        Subject = Subject,
        Metric = Enum.Parse<Metric>(Metric),
        Value = Value,
        Low = Low,
        High = High,
        Qualifier = Enum.Parse<Qualifier>(Qualifier),
        Status = Enum.Parse<ClaimStatus>(Status),
        Increment = Increment,
        Source = SourceName,
        SourceMention = SourceMention,
        Attribution = Enum.Parse<Attribution>(Attribution),
        TimeText = TimeText,
        AsOf = AsOf,
        AsOfPrecision = AsOfPrecision is null ? null : Enum.Parse<AsOfPrecision>(AsOfPrecision),
        Quote = Quote,
        MentionText = MentionText,
        Start = Start,
        End = End,
        Review = Enum.Parse<ReviewState>(Review),
        Version = Version,
    };
}
