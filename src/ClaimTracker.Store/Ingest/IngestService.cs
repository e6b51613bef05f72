using System.Data.Common;
using System.Security.Claims;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Data;
using ClaimTracker.Store.Accounts;
using ClaimTracker.Store.Articles;
using Microsoft.EntityFrameworkCore;
using StoredClaim = ClaimTracker.Store.Claims.Claim;
using StoredMention = ClaimTracker.Store.Claims.ClaimMention;

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
    ILogger<IngestService> logger,
    StoreChangeCounter? changes = null)
{
    /// <summary>Where this service's time went (<c>claimtracker import --verbose</c>).</summary>
    public ImportPhases Phases { get; } = new();

    /// <summary>What <see cref="IngestAsync"/> would store, and whether it is a duplicate; stores nothing.</summary>
    public async Task<IngestPreview> PreviewAsync(IngestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request, cancellationToken);
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
            ClaimsWarning = prepared.ClaimsWarning,
            DuplicateOfArticleId = existingId,
            PublishedInferred = prepared.PublishedInferred,
            Message = existingId is int id ? DuplicateMessage(id) : null,
        };
    }

    /// <summary>
    /// <see cref="IngestAsync(IngestRequest, CancellationToken)"/> for a signed-in user: refused unless they are an
    /// Editor or Admin, and recorded as ingested by them whatever the request says.
    /// </summary>
    public async Task<IngestResult> IngestAsync(IngestRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (await WriteAccess.RefuseAsync(dbFactory, user, cancellationToken) is { } refused)
        {
            LogForbidden(user.Identity?.Name ?? "anonymous", request.FileName, refused);
            return new IngestResult { Outcome = IngestOutcome.Forbidden, Message = refused };
        }
        return await IngestAsync(request with { IngestedBy = WriteAccess.UserName(user) }, cancellationToken);
    }

    /// <summary>Stores the article with its claims in one transaction, or says why not (duplicate, unreadable input).</summary>
    public async Task<IngestResult> IngestAsync(IngestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The editor's metadata first: cheap to check, and whatever sent it (page, API, manifest) gets the same answer.
        if (RefuseMetadata(request) is { } refused)
        {
            return refused;
        }
        var prepared = Prepare(request, cancellationToken);
        if (prepared.Document is not { } document)
        {
            LogRefused(request.FileName, prepared.Error, prepared.Message);
            return new IngestResult { Outcome = IngestOutcome.Invalid, Error = prepared.Error, Message = prepared.Message };
        }

        var (article, duplicateOf) = await SaveAsync(request, prepared, document, cancellationToken);
        if (article is null)
        {
            return Duplicate(duplicateOf!.Value);
        }

        LogSaved(article.Id, article.Title, article.Outlet, article.Claims.Count);
        if (prepared.ClaimsWarning is not null && !prepared.ExtractionFailed)
        {
            LogClaimLimit(article.Id, article.Claims.Count);
        }
        return new IngestResult
        {
            Outcome = IngestOutcome.Saved,
            ArticleId = article.Id,
            ClaimCount = article.Claims.Count,
            Message = $"Saved with {article.Claims.Count} claims.",
            Warning = prepared.ClaimsWarning,
        };
    }

    /// <summary>Saves the article with its claims (and any source they propose); else the id of the stored copy it duplicates.</summary>
    private async Task<(Article? Saved, int? DuplicateOf)> SaveAsync(IngestRequest request, Prepared prepared, ArticleDocument document, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await FindByHashAsync(db, prepared.Hash, cancellationToken) is int existingId)
            {
                return (null, existingId);
            }
            var sources = await SourceLinks.LoadAsync(db, cancellationToken);
            var article = NewArticle(request, prepared, document, sources);
            try
            {
                // One transaction: the article and all its claims, or nothing. Written as an import batch of one, so its
                // figures are added to their cells instead of every touched cell being regrouped from its claims (the
                // busiest cells hold thousands), which on PostgreSQL held those cells' locks for the whole regroup.
                await WriteAsync(db, sources, [article], import: false, cancellationToken);
                return (article, null);
            }
            catch (Exception e) when (attempt == 1 && e is DbException or DbUpdateException)
            {
                // Another ingest won a race to a unique index: the same text (a duplicate on the next pass) or a
                // proposed source of the same name (linked to on the next pass).
            }
        }
    }

    private Article NewArticle(IngestRequest request, Prepared prepared, ArticleDocument document, SourceLinks sources)
    {
        var article = new Article
        {
            Title = TitleFor(document, request),
            Outlet = document.Outlet,
            Url = document.Url,
            Author = document.Author,
            Place = document.Place,
            PublishedAt = document.Published,
            PublishedInferred = (request.PublishedAt is not null && request.PublishedInferred) || prepared.PublishedInferred,
            PublishedPrecision = document.Published is null ? null : request.PublishedAt is not null ? request.PublishedPrecision ?? AsOfPrecision.Day : AsOfPrecision.Day,
            IngestedAt = time.GetUtcNow().UtcDateTime,
            IngestedBy = request.IngestedBy,
            Format = document.Format,
            // A PDF or Word file is kept as its bytes; its decoded text would only repeat Text.
            Original = IsFile(document.Format) ? "" : document.Original,
            OriginalFile = IsFile(document.Format) ? request.Content : null,
            Text = document.Text,
            ContentHash = prepared.Hash,
            Warning = prepared.ClaimsWarning,
        };
        article.Claims.AddRange(prepared.Claims.Select(c => ToStoredClaim(c, sources)));
        // The batch import writes rows past SaveChanges, which sets this on every other path (CellChanges).
        article.Claims.ForEach(c => c.EffectiveDay = ClaimTracker.Store.Claims.EffectiveDay.Of(c.AsOf, article.PublishedAt));
        article.ClaimCount = article.Claims.Count;
        return article;
    }

    /// <summary>Read, apply the editor's metadata, extract, fingerprint: everything before the store is touched.</summary>
    // The token is the request's: an ingest the client abandons stops reading and extracting instead of burning a core.
    private Prepared Prepare(IngestRequest request, CancellationToken cancellationToken)
    {
        var started = ImportPhases.Now();
        var read = Read(request, cancellationToken);
        Phases.AddRead(started);
        if (read.Document is null)
        {
            return new Prepared(null, [], null, "", read.Error, read.ErrorMessage);
        }
        var document = WithEditorMetadata(ArticleFields.Tidy(read.Document), request);
        // A dateline's day without a year ("SEOUL, March 5 (Yonhap)") still dates the article, marked as inferred.
        var inferred = DatelineDate.Infer(document, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (inferred is not null)
        {
            document = document with { Published = inferred };
        }
        // A month-only date ("2025-11") dates the article's claims to that month, not to its first day.
        var precision = request.PublishedAt is not null ? request.PublishedPrecision ?? AsOfPrecision.Day : AsOfPrecision.Day;
        started = ImportPhases.Now();
        var extraction = ExtractOrKeep(request, document, precision, cancellationToken);
        Phases.AddExtract(started);
        started = ImportPhases.Now();
        var hash = ContentHash.Of(document.Text);
        Phases.AddHash(started);
        return new Prepared(document, extraction?.Claims ?? [], extraction is null ? ExtractionFailedWarning : extraction.Warning, hash, null, null)
        {
            PublishedInferred = inferred is not null,
            ExtractionFailed = extraction is null,
        };
    }

    /// <summary>What the editor is told when the extractor failed on an article (<see cref="ExtractOrKeep"/>).</summary>
    public const string ExtractionFailedWarning =
        "Claims could not be extracted from this article (a fault in the extractor, logged for the team), so it is stored without claims. Please report it with the article.";

    /// <summary>
    /// The article's claims; null when the extractor failed on it. A fault of ours must not lose the editor's article,
    /// nor (in a folder import, where articles are extracted in parallel) every other article of its batch: the article is
    /// kept without claims and a warning, and the exception goes to the log with the file's name for the team.
    /// </summary>
    private ClaimExtraction? ExtractOrKeep(IngestRequest request, ArticleDocument document, AsOfPrecision precision, CancellationToken cancellationToken)
    {
        try
        {
            return Extraction(document.Text, document.Published, precision, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogExtractionFailed(e, request.FileName, document.Title);
            return null;
        }
    }

    /// <summary>The extraction step: the extractor's, unless a test makes one article fail as no known input does.</summary>
    internal Func<string, DateOnly?, AsOfPrecision, CancellationToken, ClaimExtraction> Extraction { get; init; } = extractor.Extract;

    internal sealed record Prepared(
        ArticleDocument? Document, IReadOnlyList<ExtractedClaim> Claims, string? ClaimsWarning, string Hash, ArticleReadError? Error, string? Message)
    {
        public bool PublishedInferred { get; init; }

        public bool ExtractionFailed { get; init; }
    }

    private ArticleReadResult Read(IngestRequest request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            return reader.Read(request.Content, request.FileName, cancellationToken);
        }
        if (request.Text is not null)
        {
            return reader.ReadText(request.Text, cancellationToken);
        }
        return ArticleReadResult.Failure(ArticleReadError.Empty, "Nothing to ingest: upload a file or paste the article's text.");
    }

    private static ArticleDocument WithEditorMetadata(ArticleDocument document, IngestRequest request) => document with
    {
        Title = Given(request.Title) ?? document.Title,
        TitleInferred = Given(request.Title) is null && document.TitleInferred,
        Outlet = Given(request.Outlet) ?? document.Outlet,
        OutletInferred = Given(request.Outlet) is null && document.OutletInferred,
        Url = Given(request.Url) ?? document.Url,
        Author = Given(request.Author) ?? document.Author,
        Place = Given(request.Place) ?? document.Place,
        Published = request.PublishedAt ?? document.Published,
    };

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string TitleFor(ArticleDocument document, IngestRequest request)
    {
        var title = Given(document.Title) ?? Given(Path.GetFileNameWithoutExtension(UploadFileName.Clean(request.FileName))) ?? "Untitled article";
        return title.Length <= ArticleFields.MaxTitleLength ? title : title[..ArticleFields.MaxTitleLength];
    }

    private static bool IsFile(ArticleFormat format) => format is ArticleFormat.Pdf or ArticleFormat.Word;

    private static StoredClaim ToStoredClaim(ExtractedClaim claim, SourceLinks sources)
    {
        var stored = NewStoredClaim(claim);
        sources.Link(stored, claim);
        // The extractor may list the claim's own place among its mentions; the claim already holds it.
        stored.Mentions.AddRange(claim.Mentions
            .Where(m => m.Start != claim.Start || m.End != claim.End)
            .Select(m => new StoredMention { Quote = m.Quote, Start = m.Start, End = m.End }));
        return stored;
    }

    private static StoredClaim NewStoredClaim(ExtractedClaim claim) => new()
    {
        Subject = claim.CanonicalSubject,
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
        SourceMention = claim.SourceMention,
        Attribution = claim.Attribution,
    };

    /// <summary>The refusal for metadata an editor gave that cannot be stored (a javascript: URL, a 5 MB outlet); null when it can.</summary>
    private IngestResult? RefuseMetadata(IngestRequest request)
    {
        var problems = ArticleFields.Check(request.Title, request.Outlet, request.Url, request.Author, request.Place);
        if (problems.Count == 0)
        {
            return null;
        }
        LogRefusedMetadata(string.Join(", ", problems.Keys));
        return new IngestResult { Outcome = IngestOutcome.Invalid, Message = string.Join(" ", problems.Values), Errors = problems };
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} has more figures than the limit; kept its first {ClaimCount} claims")]
    private partial void LogClaimLimit(int articleId, int claimCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a duplicate of article {ExistingArticleId}")]
    private partial void LogDuplicate(int existingArticleId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The extractor failed on {FileName} \"{Title}\"; the article is kept without claims")]
    private partial void LogExtractionFailed(Exception exception, string? fileName, string? title);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused input {FileName}: {Error} ({Reason})")]
    private partial void LogRefused(string? fileName, ArticleReadError? error, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an ingest: bad metadata ({Fields})")]
    private partial void LogRefusedMetadata(string fields);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an ingest of {FileName} by {User}: {Reason}")]
    private partial void LogForbidden(string user, string? fileName, string reason);
}
