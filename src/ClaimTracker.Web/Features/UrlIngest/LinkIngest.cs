using System.Security.Claims;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Ingest;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Web.Features.UrlIngest;

/// <summary>
/// Ingests an article by its link: the same URL stored before is a duplicate without fetching; otherwise the page is
/// fetched by <see cref="PageFetcher"/> and goes through <see cref="IngestService"/> like an upload, its URL kept.
/// </summary>
public sealed class LinkIngest(IDbContextFactory<ClaimTrackerDb> dbFactory, PageFetcher fetcher, IngestService ingest)
{
    /// <summary>The stored article with this URL, if any.</summary>
    public async Task<int?> FindByUrlAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var normalized = Normalize(url);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking()
            .Where(a => a.Url == normalized || a.Url == url)
            .Select(a => (int?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Fetches and ingests <paramref name="url"/> with the metadata of <paramref name="metadata"/>, as <paramref name="user"/> when given.</summary>
    public async Task<LinkIngestResult> IngestAsync(string url, IngestRequest metadata, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!PageFetcher.TryParse(url, out var uri))
        {
            return new LinkIngestResult { FetchError = FetchError.BadUrl, Message = "The link must be a full web address starting with http:// or https://." };
        }
        if (await FindByUrlAsync(uri.AbsoluteUri, cancellationToken) is int existing)
        {
            return new LinkIngestResult
            {
                Ingest = new IngestResult
                {
                    Outcome = IngestOutcome.Duplicate,
                    ExistingArticleId = existing,
                    Message = $"This link is already stored (article #{existing}).",
                },
            };
        }
        var page = await fetcher.FetchAsync(uri.AbsoluteUri, cancellationToken);
        if (page.Content is null)
        {
            return new LinkIngestResult { FetchError = page.Error, Message = page.Message };
        }
        var request = metadata with { Content = page.Content, FileName = page.FileName, Text = null, Url = uri.AbsoluteUri };
        var result = user is null
            ? await ingest.IngestAsync(request, cancellationToken)
            : await ingest.IngestAsync(request, user, cancellationToken);
        return new LinkIngestResult { Ingest = result };
    }

    /// <summary>The form a URL is stored in, so the same link typed twice is recognised.</summary>
    public static string Normalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return PageFetcher.TryParse(url, out var uri) ? uri.AbsoluteUri : url.Trim();
    }
}
