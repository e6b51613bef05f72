namespace ClaimTracker.Store.Ingest;

/// <summary>One file of a folder import and what ingesting it did.</summary>
public sealed record ImportedFile(string FileName, IngestResult Result);
