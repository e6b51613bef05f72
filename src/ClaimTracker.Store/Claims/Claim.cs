using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Articles;
using ClaimTracker.Store.Sources;

namespace ClaimTracker.Store.Claims;

/// <summary>A stored numeric claim: what the extractor found, as corrected by editors.</summary>
public sealed class Claim
{
    /// <summary>The longest subject the store keeps; the claim editor and the API check it first, with a clear message.</summary>
    public const int MaxSubjectLength = 200;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    public required string Subject { get; set; }
    public Metric Metric { get; set; }
    public double? Value { get; set; }
    public double? Low { get; set; }
    public double? High { get; set; }
    public Qualifier Qualifier { get; set; }
    public ClaimStatus Status { get; set; }
    public bool? Increment { get; set; }

    public string? TimeText { get; set; }
    public DateOnly? AsOf { get; set; }
    public AsOfPrecision? AsOfPrecision { get; set; }
    /// <summary>
    /// <see cref="AsOf"/>, else the article's published date, as yyyyMMdd (0: neither): what the comparison's date filters
    /// and headline read. Derived: the store sets it on every save of the claim and when its article is re-dated.
    /// </summary>
    public int EffectiveDay { get; set; }

    public required string Quote { get; set; }
    public int QuoteStart { get; set; }
    public required string MentionText { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string Prefix { get; set; } = "";
    public string Suffix { get; set; } = "";
    /// <summary>The other places the article states this claim (one claim per figure per article).</summary>
    public List<ClaimMention> Mentions { get; set; } = [];

    public int? SourceId { get; set; }
    public Source? Source { get; set; }
    public string? SourceMention { get; set; }
    public Attribution Attribution { get; set; }

    public ReviewState Review { get; set; }
    /// <summary>Optimistic concurrency token: bumped on every save, so a second editor's stale save is refused.</summary>
    public int Version { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
