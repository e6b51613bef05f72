namespace ClaimTracker.Core.Articles;

/// <summary>Limits for <see cref="ArticleReader"/>.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>Inputs larger than this are refused (default 5 MB).</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>
    /// How long reading one HTML page (parsing it and finding its main content) may take before it is refused as too
    /// expensive to read (default 10 s; a large real page takes well under a second).
    /// </summary>
    public TimeSpan MaxHtmlReadTime { get; init; } = TimeSpan.FromSeconds(10);
}
