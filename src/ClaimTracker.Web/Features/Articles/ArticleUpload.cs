namespace ClaimTracker.Web.Features.Articles;

/// <summary>
/// The multipart form of POST /api/articles as the OpenAPI document describes it: the file (.txt, .html, .pdf, .docx)
/// in the field <c>file</c>, or <c>text</c>/<c>html</c>, with the same metadata fields as <see cref="ArticleSubmission"/>.
/// </summary>
public sealed record ArticleUpload
{
    public IFormFile? File { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
}
