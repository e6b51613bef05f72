namespace ClaimTracker.Core.Articles;

/// <summary>Limits for <see cref="ArticleReader"/>.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>Inputs larger than this are refused (default 5 MB).</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;
}
