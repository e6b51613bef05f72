using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Claims;

namespace ClaimTracker.Store.Articles;

/// <summary>A stored news article: the original exactly as received and the cleaned text its claims point into.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public string? Author { get; set; }
    /// <summary>Where the story was filed from: its dateline's place, or what the editor gave.</summary>
    public string? Place { get; set; }
    public DateOnly? PublishedAt { get; set; }
    /// <summary>True when the published date was guessed (from a dateline or by an editor) rather than stated.</summary>
    public bool PublishedInferred { get; set; }
    /// <summary>How much of <see cref="PublishedAt"/> is known: a month ("2025-11") is stored as its first day with Month.</summary>
    public AsOfPrecision? PublishedPrecision { get; set; }
    public DateTime IngestedAt { get; set; }
    public string? IngestedBy { get; set; }
    public ArticleFormat Format { get; set; }
    /// <summary>The upload or paste exactly as received; never modified.</summary>
    public required string Original { get; set; }
    /// <summary>The uploaded or fetched PDF or Word file, byte for byte (<see cref="Original"/> is then empty); null for text and HTML.</summary>
    public byte[]? OriginalFile { get; set; }
    public required string Text { get; set; }
    /// <summary>SHA-256 (hex) of the normalized text; unique, so a re-upload is recognised as a duplicate.</summary>
    public required string ContentHash { get; set; }
    /// <summary>What the editor should know about how the article was read, e.g. that only the first 1,000 claims were kept.</summary>
    public string? Warning { get; set; }
    /// <summary>
    /// How many claims the article has (derived, kept by every save and by the batch import): the claims list's total and
    /// its deep pages sum these over the articles instead of walking every claim (docs/performance.md).
    /// </summary>
    public int ClaimCount { get; set; }
    public List<Claim> Claims { get; set; } = [];
}
