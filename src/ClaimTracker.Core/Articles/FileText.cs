namespace ClaimTracker.Core.Articles;

/// <summary>The text taken out of a PDF or Word file, paragraphs separated by blank lines, with the file's own metadata; or why not.</summary>
internal sealed record FileText(string? Text, string? Title, string? Author, ArticleReadError? Error = null, string? Message = null)
{
    public static FileText Failure(ArticleReadError error, string message) => new(null, null, null, error, message);
}
