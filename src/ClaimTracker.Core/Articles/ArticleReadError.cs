namespace ClaimTracker.Core.Articles;

/// <summary>Why an input could not be read as an article. Each has its own message for the user.</summary>
public enum ArticleReadError
{
    Empty,
    TooLarge,
    Binary,
    UnsupportedType,
    NoText,
}
