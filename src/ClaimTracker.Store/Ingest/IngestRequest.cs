namespace ClaimTracker.Store.Ingest;

/// <summary>
/// One article to ingest: an upload (<see cref="Content"/> + <see cref="FileName"/>) or a paste (<see cref="Text"/>),
/// with the editor's metadata, which wins over whatever the reader finds in the article.
/// </summary>
public sealed record IngestRequest
{
    public byte[]? Content { get; init; }
    /// <summary>Only a hint to the format; never used as a path.</summary>
    public string? FileName { get; init; }
    public string? Text { get; init; }

    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public DateOnly? PublishedAt { get; init; }
    /// <summary>True when <see cref="PublishedAt"/> is an editor's guess rather than a stated date.</summary>
    public bool PublishedInferred { get; init; }
    /// <summary>How much of <see cref="PublishedAt"/> is known (default a day); claims dated from it inherit it.</summary>
    public ClaimTracker.Core.Claims.AsOfPrecision? PublishedPrecision { get; init; }
    public string? IngestedBy { get; init; }
}
