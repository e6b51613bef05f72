namespace ClaimTracker.Store.Sources;

/// <summary>
/// Whether editors have accepted a source. A proposed source was created by ingest from an attribution that named a
/// body or person the registry lacks; an editor approves it, merges it into an existing source, or rejects it.
/// </summary>
public enum SourceStatus
{
    Registered,
    Proposed,
}
