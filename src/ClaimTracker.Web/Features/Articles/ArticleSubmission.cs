namespace ClaimTracker.Web.Features.Articles;

/// <summary>The JSON body of POST /api/articles: the article's <see cref="Text"/> or its <see cref="Html"/> (one of them), with metadata.</summary>
public sealed record ArticleSubmission
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    /// <summary>Where the story was filed from; read from the dateline when not given.</summary>
    public string? Place { get; init; }
    /// <summary>"2025-03-05", "2025-03" (a month) or "2025" (a year): the precision is kept (<c>publishedPrecision</c> in replies).</summary>
    public string? PublishedAt { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
}
