namespace ClaimTracker.Core.Articles;

/// <summary>How an article arrived: plain text, an HTML page, a PDF or a Word (.docx) file.</summary>
public enum ArticleFormat
{
    Text,
    Html,
    Pdf,
    Word,
}
