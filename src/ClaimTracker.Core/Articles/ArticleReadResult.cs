namespace ClaimTracker.Core.Articles;

/// <summary>The outcome of reading one input: a document, or a specific error with a message a user can act on.</summary>
public sealed record ArticleReadResult
{
    public ArticleDocument? Document { get; init; }
    public ArticleReadError? Error { get; init; }
    public string? ErrorMessage { get; init; }

    public bool Succeeded => Document is not null;

    public static ArticleReadResult Success(ArticleDocument document) => new() { Document = document };

    public static ArticleReadResult Failure(ArticleReadError error, string message) =>
        new() { Error = error, ErrorMessage = message };
}
