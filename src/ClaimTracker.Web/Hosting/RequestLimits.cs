namespace ClaimTracker.Web.Hosting;

/// <summary>
/// The size limits, in one place so Kestrel, form parsing, the API and the docs agree: an article file may be
/// 5 MB (the reader's own limit); a request may carry that plus room for its metadata, multipart boundaries or
/// JSON escaping, and no more.
/// </summary>
public static class RequestLimits
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public const long MaxRequestBytes = MaxFileBytes + (1024 * 1024);

    /// <summary>Metadata fields (title, outlet, URL, date) of a multipart upload.</summary>
    public const int MaxFormValueLength = 64 * 1024;

    public const int MaxFormFields = 32;

    /// <summary>The most rows one page of a list endpoint returns.</summary>
    public const int MaxPageSize = 1000;
}
