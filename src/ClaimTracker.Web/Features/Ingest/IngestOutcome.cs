namespace ClaimTracker.Web.Features.Ingest;

/// <summary>What happened to an ingested article.</summary>
public enum IngestOutcome
{
    Saved,
    /// <summary>The same text is already stored (see <see cref="IngestResult.ExistingArticleId"/>).</summary>
    Duplicate,
    /// <summary>The input could not be read as an article (see <see cref="IngestResult.Error"/>).</summary>
    Invalid,
}
