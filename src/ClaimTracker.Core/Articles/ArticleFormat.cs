namespace ClaimTracker.Core.Articles;

/// <summary>How an article arrived: plain text or an HTML page.</summary>
public enum ArticleFormat
{
    Text,
    Html,
}
