using System.Security.Claims;
using System.Text;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Data;
using ClaimTracker.Store.Accounts;
using ClaimTracker.Store.Articles;
using Microsoft.EntityFrameworkCore;
using StoredClaim = ClaimTracker.Store.Claims.Claim;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// The one way articles get into the store (paste and upload forms, the API, the CLI, seeding):
/// read → apply the editor's metadata → extract claims → refuse duplicates → save the article and its claims together.
/// </summary>
public sealed partial class IngestService(
    IDbContextFactory<ClaimTrackerDb> dbFactory,
    ArticleReader reader,
    ClaimExtractor extractor,
    TimeProvider time,
    ILogger<IngestService> logger)
{
    private const int MaxTitleLength = 500;

    /// <summary>What <see cref="IngestAsync"/> would store, and whether it is a duplicate; stores nothing.</summary>
    public async Task<IngestPreview> PreviewAsync(IngestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request);
        if (prepared.Document is null)
        {
            return new IngestPreview { Error = prepared.Error, Message = prepared.Message };
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existingId = await FindByHashAsync(db, prepared.Hash, cancellationToken);
        return new IngestPreview
        {
            Document = prepared.Document,
            Claims = prepared.Claims,
            DuplicateOfArticleId = existingId,
            Message = existingId is int id ? DuplicateMessage(id) : null,
        };
    }

    /// <summary>
    /// <see cref="IngestAsync(IngestRequest, CancellationToken)"/> for a signed-in user: refused unless they are an
    /// Editor or Admin, and recorded as ingested by them whatever the request says.
    /// </summary>
    public Task<IngestResult> IngestAsync(IngestRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (!WriteAccess.Allows(user))
        {
            LogForbidden(user.Identity?.Name ?? "anonymous", request.FileName);
            return Task.FromResult(new IngestResult { Outcome = IngestOutcome.Forbidden, Message = WriteAccess.RefusedMessage });
        }
        return IngestAsync(request with { IngestedBy = WriteAccess.UserName(user) }, cancellationToken);
    }

    /// <summary>Stores the article with its claims in one transaction, or says why not (duplicate, unreadable input).</summary>
    public async Task<IngestResult> IngestAsync(IngestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request);
        if (prepared.Document is not { } document)
        {
            LogRefused(request.FileName, prepared.Error, prepared.Message);
            return new IngestResult { Outcome = IngestOutcome.Invalid, Error = prepared.Error, Message = prepared.Message };
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindByHashAsync(db, prepared.Hash, cancellationToken) is int existingId)
        {
            return Duplicate(existingId);
        }

        var sourceIds = await db.Sources.AsNoTracking()
            .ToDictionaryAsync(s => s.Name, s => s.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var article = new Article
        {
            Title = TitleFor(document, request),
            Outlet = document.Outlet,
            Url = document.Url,
            Author = document.Author,
            PublishedAt = document.Published,
            PublishedInferred = request.PublishedAt is not null && request.PublishedInferred,
            IngestedAt = time.GetUtcNow().UtcDateTime,
            IngestedBy = request.IngestedBy,
            Format = document.Format,
            Original = request.Content is not null ? Decode(request.Content) : request.Text ?? "",
            Text = document.Text,
            ContentHash = prepared.Hash,
        };
        article.Claims.AddRange(prepared.Claims.Select(c => ToStoredClaim(c, sourceIds)));
        db.Articles.Add(article);
        try
        {
            // One SaveChanges is one transaction: the article and all its claims, or nothing.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another ingest of the same text won the race to the unique content-hash index.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await FindByHashAsync(fresh, prepared.Hash, CancellationToken.None) is int winnerId)
            {
                return Duplicate(winnerId);
            }
            throw;
        }

        LogSaved(article.Id, article.Title, article.Outlet, article.Claims.Count);
        return new IngestResult
        {
            Outcome = IngestOutcome.Saved,
            ArticleId = article.Id,
            ClaimCount = article.Claims.Count,
            Message = $"Saved with {article.Claims.Count} claims.",
        };
    }

    /// <summary>Read, apply the editor's metadata, extract, fingerprint: everything before the store is touched.</summary>
    private Prepared Prepare(IngestRequest request)
    {
        var read = Read(request);
        if (read.Document is null)
        {
            return new Prepared(null, [], "", read.Error, read.ErrorMessage);
        }
        var document = WithEditorMetadata(read.Document, request);
        return new Prepared(document, extractor.Extract(document.Text, document.Published), ContentHash.Of(document.Text), null, null);
    }

    private sealed record Prepared(
        ArticleDocument? Document, IReadOnlyList<ExtractedClaim> Claims, string Hash, ArticleReadError? Error, string? Message);

    private ArticleReadResult Read(IngestRequest request)
    {
        if (request.Content is not null)
        {
            return reader.Read(request.Content, request.FileName);
        }
        if (request.Text is not null)
        {
            return reader.ReadText(request.Text);
        }
        return ArticleReadResult.Failure(ArticleReadError.Empty, "Nothing to ingest: upload a file or paste the article's text.");
    }

    private static ArticleDocument WithEditorMetadata(ArticleDocument document, IngestRequest request) => document with
    {
        Title = Given(request.Title) ?? document.Title,
        Outlet = Given(request.Outlet) ?? document.Outlet,
        Url = Given(request.Url) ?? document.Url,
        Author = Given(request.Author) ?? document.Author,
        Published = request.PublishedAt ?? document.Published,
    };

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string TitleFor(ArticleDocument document, IngestRequest request)
    {
        var title = Given(document.Title) ?? Given(Path.GetFileNameWithoutExtension(request.FileName)) ?? "Untitled article";
        return title.Length <= MaxTitleLength ? title : title[..MaxTitleLength];
    }

    /// <summary>The upload as text, as received: UTF-8 (or the encoding its byte-order mark names), else Latin-1.</summary>
    private static string Decode(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            return text.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }

    private static StoredClaim ToStoredClaim(ExtractedClaim claim, Dictionary<string, int> sourceIds) => new()
    {
        Subject = claim.Subject,
        Metric = claim.Metric,
        Value = claim.Value,
        Low = claim.Low,
        High = claim.High,
        Qualifier = claim.Qualifier,
        Status = claim.Status,
        Increment = claim.Increment,
        TimeText = claim.TimeText,
        AsOf = claim.AsOf,
        AsOfPrecision = claim.AsOfPrecision,
        Quote = claim.Quote,
        QuoteStart = claim.QuoteStart,
        MentionText = claim.MentionText,
        Start = claim.Start,
        End = claim.End,
        Prefix = claim.Prefix,
        Suffix = claim.Suffix,
        SourceId = claim.Source is not null && sourceIds.TryGetValue(claim.Source, out var id) ? id : null,
        SourceMention = claim.SourceMention,
        Attribution = claim.Attribution,
    };

    private static async Task<int?> FindByHashAsync(ClaimTrackerDb db, string hash, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == hash)
            .Select(a => (int?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private IngestResult Duplicate(int existingId)
    {
        LogDuplicate(existingId);
        return new IngestResult { Outcome = IngestOutcome.Duplicate, ExistingArticleId = existingId, Message = DuplicateMessage(existingId) };
    }

    private static string DuplicateMessage(int existingId) => $"This article is already stored (article #{existingId}).";

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested article {ArticleId} \"{Title}\" ({Outlet}) with {ClaimCount} claims")]
    private partial void LogSaved(int articleId, string title, string? outlet, int claimCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a duplicate of article {ExistingArticleId}")]
    private partial void LogDuplicate(int existingArticleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused input {FileName}: {Error} ({Reason})")]
    private partial void LogRefused(string? fileName, ArticleReadError? error, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an ingest of {FileName} by {User}: not an editor")]
    private partial void LogForbidden(string user, string? fileName);
}
