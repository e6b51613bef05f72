using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Store.Ingest;

/// <summary>What ingesting would store, without storing it: the document as read (editor's metadata applied) and its claims.</summary>
public sealed record IngestPreview
{
    public ArticleDocument? Document { get; init; }
    public IReadOnlyList<ExtractedClaim> Claims { get; init; } = [];
    /// <summary>Set when the article has more figures than one article may keep claims for.</summary>
    public string? ClaimsWarning { get; init; }
    /// <summary>Set when the same text is already stored.</summary>
    public int? DuplicateOfArticleId { get; init; }
    /// <summary>True when the published date was inferred (a dateline's day with the year guessed), for the editor to check.</summary>
    public bool PublishedInferred { get; init; }
    public ArticleReadError? Error { get; init; }
    /// <summary>A message for the user when the input cannot be read or is a duplicate.</summary>
    public string? Message { get; init; }
}
