namespace ClaimTracker.Web.Features.UrlIngest;

/// <summary>Why a link could not be fetched. Each has its own message for the user.</summary>
public enum FetchError
{
    /// <summary>Not an absolute http(s) URL.</summary>
    BadUrl,
    /// <summary>The link (or a redirect) leads to a loopback, private, link-local or metadata address.</summary>
    Refused,
    /// <summary>DNS failed, the connection failed, or the server did not answer in time.</summary>
    Unreachable,
    /// <summary>The server answered with an error status.</summary>
    HttpStatus,
    /// <summary>More redirects than allowed.</summary>
    TooManyRedirects,
    /// <summary>Not a web page, text, PDF or Word file.</summary>
    UnsupportedType,
    /// <summary>Bigger than an upload may be.</summary>
    TooLarge,
}
