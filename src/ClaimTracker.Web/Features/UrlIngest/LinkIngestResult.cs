using ClaimTracker.Web.Features.Ingest;

namespace ClaimTracker.Web.Features.UrlIngest;

/// <summary>The outcome of ingesting a link: the ingest's own result once the page was fetched, or why it could not be fetched.</summary>
public sealed record LinkIngestResult
{
    public IngestResult? Ingest { get; init; }
    public FetchError? FetchError { get; init; }
    public string? Message { get; init; }
}
