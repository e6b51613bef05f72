namespace ClaimTracker.Web.Features.UrlIngest;

/// <summary>The outcome of fetching one link: the body (capped) with a file-name hint for the reader, or why not.</summary>
public sealed record FetchedPage
{
    public byte[]? Content { get; init; }
    /// <summary>A name whose extension tells the reader the format the server declared (page.html, page.pdf, ...).</summary>
    public string? FileName { get; init; }
    /// <summary>Where the content was finally found, after redirects.</summary>
    public Uri? FinalUrl { get; init; }
    public FetchError? Error { get; init; }
    /// <summary>A message for the user (never a stack trace).</summary>
    public string? Message { get; init; }

    public static FetchedPage Failure(FetchError error, string message) => new() { Error = error, Message = message };
}
