namespace ClaimTracker.Web.Features.UrlIngest;

/// <summary>The <c>Ingest</c> configuration section: how the server fetches pages by URL.</summary>
public sealed class UrlIngestOptions
{
    public const string Section = "Ingest";

    /// <summary>
    /// Whether links may point at loopback, private, link-local or cloud-metadata addresses. False by default, so a link
    /// typed by a user can never make the server read its own network (SSRF); true for an intranet or for tests.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>The whole fetch (every redirect, the body) must finish within this many seconds.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Redirects followed before giving up.</summary>
    public int MaxRedirects { get; set; } = 5;
}
