using ClaimTracker.Core.Articles;

namespace ClaimTracker.Store.Ingest;

/// <summary>The outcome of one ingest: the stored article's id, the existing one for a duplicate, or why it was refused.</summary>
public sealed record IngestResult
{
    public IngestOutcome Outcome { get; init; }
    public int? ArticleId { get; init; }
    public int? ExistingArticleId { get; init; }
    public ArticleReadError? Error { get; init; }
    /// <summary>A message for the user (never a stack trace).</summary>
    public string? Message { get; init; }
    public int ClaimCount { get; init; }
    /// <summary>Metadata the editor gave that cannot be stored, keyed by field (title, outlet, url, author).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
    /// <summary>The caveat the article was stored with (only the first claims kept), or null.</summary>
    public string? Warning { get; init; }
}
