namespace ClaimTracker.Web.Features.Articles;

/// <summary>The JSON body of POST /api/articles: the article's <see cref="Text"/> or its <see cref="Html"/> (one of them), with metadata.</summary>
public sealed record ArticleSubmission
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
}
