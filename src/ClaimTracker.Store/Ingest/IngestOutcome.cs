namespace ClaimTracker.Store.Ingest;

/// <summary>What happened to an ingested article.</summary>
public enum IngestOutcome
{
    Saved,
    /// <summary>The same text is already stored (see <see cref="IngestResult.ExistingArticleId"/>).</summary>
    Duplicate,
    /// <summary>The input could not be read as an article (see <see cref="IngestResult.Error"/>).</summary>
    Invalid,
    /// <summary>The user may not write (not signed in, or not an Editor or Admin); nothing was read or stored.</summary>
    Forbidden,
}
