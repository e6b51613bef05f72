using System.Data.Common;
using ClaimTracker.Store.Articles;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Comparison;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using StoredClaim = ClaimTracker.Store.Claims.Claim;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// Ingesting many articles at once (folder and CLI imports): reading and extraction on every core, then one
/// transaction for the whole batch with the source registry read once. Each article gets the result a single ingest
/// would give it: duplicates (of the store or of an earlier article of the batch) are refused one by one with the
/// same message.
/// </summary>
public sealed partial class IngestService
{
    /// <summary>A batch read and extracted, ready for <see cref="SaveBatchAsync"/>.</summary>
    public sealed class PreparedBatch
    {
        internal PreparedBatch(IReadOnlyList<IngestRequest> requests, Prepared[] prepared) => (Requests, Items) = (requests, prepared);

        public IReadOnlyList<IngestRequest> Requests { get; }

        internal Prepared[] Items { get; }
    }

    /// <summary>Reads, extracts and fingerprints every request, in parallel on all cores; touches no store.</summary>
    public PreparedBatch PrepareBatch(IReadOnlyList<IngestRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var prepared = new Prepared[requests.Count];
        Parallel.For(0, requests.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => prepared[i] = Prepare(requests[i], cancellationToken));
        return new PreparedBatch(requests, prepared);
    }

    /// <summary>Stores every readable, new article of the batch in one transaction; one result per request, in order.</summary>
    public async Task<IReadOnlyList<IngestResult>> SaveBatchAsync(PreparedBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new IngestResult?[batch.Items.Length];
        var articles = new Article?[batch.Items.Length];
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var started = ImportPhases.Now();
            var hashes = batch.Items.Where(p => p.Document is not null).Select(p => p.Hash).Distinct().ToList();
            var stored = await db.Articles.AsNoTracking().Where(a => hashes.Contains(a.ContentHash))
                .ToDictionaryAsync(a => a.ContentHash, a => a.Id, StringComparer.Ordinal, cancellationToken);
            Phases.AddDuplicates(started);
            started = ImportPhases.Now();
            var sources = await SourceLinks.LoadAsync(db, cancellationToken);
            Phases.AddRegistry(started);
            started = ImportPhases.Now();
            var firstInBatch = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < batch.Items.Length; i++)
            {
                var prepared = batch.Items[i];
                if (RefuseMetadata(batch.Requests[i]) is { } refused)
                {
                    results[i] = refused;
                }
                else if (prepared.Document is not { } document)
                {
                    LogRefused(batch.Requests[i].FileName, prepared.Error, prepared.Message);
                    results[i] = new IngestResult { Outcome = IngestOutcome.Invalid, Error = prepared.Error, Message = prepared.Message };
                }
                else if (stored.TryGetValue(prepared.Hash, out var existingId))
                {
                    results[i] = Duplicate(existingId);
                }
                else if (!firstInBatch.TryAdd(prepared.Hash, i))
                {
                    // Settled once the first copy has its id, below.
                }
                else
                {
                    articles[i] = NewArticle(batch.Requests[i], prepared, document, sources);
                }
            }
            Phases.AddBuild(started);
            try
            {
                await WriteAsync(db, sources, [.. articles.OfType<Article>()], import: true, cancellationToken);
            }
            catch (Exception e) when (e is DbException or DbUpdateException)
            {
                // Another ingest stored one of these texts (or proposed one of these sources) meanwhile: fall back to
                // one at a time, which tells which.
                LogBatchFallback(e.Message);
                return await OneByOneAsync(batch, cancellationToken);
            }
            for (var i = 0; i < batch.Items.Length; i++)
            {
                if (articles[i] is { } article)
                {
                    LogSaved(article.Id, article.Title, article.Outlet, article.Claims.Count);
                    results[i] = new IngestResult
                    {
                        Outcome = IngestOutcome.Saved,
                        ArticleId = article.Id,
                        ClaimCount = article.Claims.Count,
                        Message = $"Saved with {article.Claims.Count} claims.",
                        Warning = article.Warning,
                    };
                }
                else if (results[i] is null)
                {
                    results[i] = Duplicate(articles[firstInBatch[batch.Items[i].Hash]]!.Id);
                }
            }
        }
        return results!;
    }

    /// <summary>
    /// The batch's new articles with their claims and mentions, in one transaction: every one or none. On SQLite rows go
    /// through one prepared INSERT per table, bound on SQLite's own statement, rather than EF Core's change tracking and
    /// per-row SQL (docs/performance.md). A single ingest is a batch of one (<paramref name="import"/> false): it keeps
    /// the store's durability and cache settings, which an import's batch relaxes, and leaves statistics to autovacuum.
    /// </summary>
    private async Task WriteAsync(ClaimTrackerDb db, SourceLinks sources, IReadOnlyList<Article> articles, bool import, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return;
        }
        if (!db.Database.IsSqlite())
        {
            await WritePostgresAsync(db, sources, articles, import, cancellationToken);
            return;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var bulk = import ? await SqliteBulkWrite.BeginAsync(db.Database.GetDbConnection(), cancellationToken) : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var started = ImportPhases.Now();
        if (sources.Proposed.Count > 0)
        {
            // The sources this batch's attributions propose, with their aliases: a few at most, so EF Core writes them.
            db.Sources.AddRange(sources.Proposed);
            await db.SaveChangesAsync(cancellationToken);
        }
        using var articleRows = new SqliteRowInsert<Article>(db);
        using var claimRows = new SqliteRowInsert<StoredClaim>(db);
        using var mentionRows = new SqliteRowInsert<ClaimMention>(db);
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            articleRows.Insert(article);
            foreach (var claim in article.Claims)
            {
                claim.ArticleId = article.Id;
                claim.SourceId = claim.Source?.Id ?? claim.SourceId;
                claimRows.Insert(claim);
                foreach (var mention in claim.Mentions)
                {
                    mention.ClaimId = claim.Id;
                    mentionRows.Insert(mention);
                }
            }
        }
        await CommitAsync(db, transaction, articles, import, started, cancellationToken);
    }

    /// <summary>The batch's rows are written: its cells refreshed, then the transaction committed.</summary>
    private async Task CommitAsync(
        ClaimTrackerDb db, IDbContextTransaction transaction, IReadOnlyList<Article> articles, bool import, ImportPhases.Mark started, CancellationToken cancellationToken)
    {
        Phases.AddWrite(started);
        started = ImportPhases.Now();
        if (!import && db.Database.IsNpgsql())
        {
            // A single ingest on PostgreSQL sends its COMMIT with its cells' statements (AddedClaimCells.AddAndCommitOnPostgresAsync).
            await AddedClaimCells.AddAndCommitOnPostgresAsync(db, transaction, articles, cancellationToken);
            Phases.AddCells(started);
            changes?.Count();
            return;
        }
        await ClaimsAddedAsync(db, articles, import, cancellationToken);
        Phases.AddCells(started);
        started = ImportPhases.Now();
        await transaction.CommitAsync(cancellationToken);
        Phases.AddCommit(started);
        changes?.Count();
    }

    /// <summary>
    /// PostgreSQL: the rows go in by binary COPY, one per table, with ids drawn from the sequences first (one INSERT per
    /// row costs a round trip each, EF Core's batched SaveChanges parses and plans SQL for every row: docs/performance.md).
    /// </summary>
    private async Task WritePostgresAsync(ClaimTrackerDb db, SourceLinks sources, IReadOnlyList<Article> articles, bool import, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (import)
        {
            // The commit returns without waiting for the WAL to reach the disk: a crash just after it may lose the last
            // batches of an import (never corrupt the store, never commit half a batch), and the import re-run stores
            // them again, refusing the ones already stored as duplicates. Other transactions, and a single ingest (whose
            // client is told it is stored), keep the server's setting.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", cancellationToken);
        }
        var started = ImportPhases.Now();
        if (sources.Proposed.Count > 0)
        {
            db.Sources.AddRange(sources.Proposed);
            await db.SaveChangesAsync(cancellationToken);
        }
        var claims = articles.SelectMany(a => a.Claims).ToList();
        var mentions = claims.SelectMany(c => c.Mentions).ToList();
        await RowCopy.AssignIdsAsync(db, [(typeof(Article), articles), (typeof(StoredClaim), claims), (typeof(ClaimMention), mentions)], cancellationToken);
        foreach (var article in articles)
        {
            foreach (var claim in article.Claims)
            {
                claim.ArticleId = article.Id;
                claim.SourceId = claim.Source?.Id ?? claim.SourceId;
                foreach (var mention in claim.Mentions)
                {
                    mention.ClaimId = claim.Id;
                }
            }
        }
        await RowCopy.WriteAsync(db, articles, cancellationToken);
        await RowCopy.WriteAsync(db, claims, cancellationToken);
        await RowCopy.WriteAsync(db, mentions, cancellationToken);
        await CommitAsync(db, transaction, articles, import, started, cancellationToken);
    }

    /// <summary>
    /// After a folder import that stored articles, on PostgreSQL: VACUUM (ANALYZE) of the tables it filled. The planner
    /// otherwise knows the tables only as autovacuum last saw them (maybe empty), and an index-only scan (the claims
    /// list's count and OFFSET pages) still reads the heap for every page the visibility map does not yet mark.
    /// SQLite needs neither (its planner does not use statistics unless ANALYZE was run, and it has no visibility map).
    /// </summary>
    public async Task AfterImportAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        // Not in a transaction: VACUUM refuses to run inside one, and EF Core opens none for raw SQL.
        await db.Database.ExecuteSqlRawAsync(
            "VACUUM (ANALYZE) \"Articles\", \"Claims\", \"ClaimMentions\", \"ComparisonCells\", \"ComparisonCellDays\", \"ComparisonFigureSpans\", \"Sources\"", cancellationToken);
    }

    /// <summary>
    /// The one point where every claim of the batch is in the store and the transaction is still open: whatever is
    /// derived from the claims (the comparison's per-cell summary, issue 9) is brought up to date here, so it commits
    /// with them or not at all.
    /// </summary>
    private static async Task ClaimsAddedAsync(ClaimTrackerDb db, IReadOnlyList<Article> articles, bool import, CancellationToken cancellationToken)
    {
        // The rows went in by SQL of their own, past SaveChanges, so the batch updates its cells and totals itself. It only
        // added claims, of new articles, so it adds to the cells rather than regroup them (AddedClaimCells), whose cost
        // grew with the store. On PostgreSQL the cells' locks, the date filters' days and spans, the cells and the totals
        // go in one command (AddedClaimCells.AddOnPostgresAsync); SQLite keeps no days and has nothing to lock.
        if (db.Database.IsNpgsql())
        {
            await AddedClaimCells.AddOnPostgresAsync(db, articles, keepStatistics: import, cancellationToken);
            return;
        }
        await AddedClaimCells.AddAsync(db, articles, cancellationToken);
        // Last, as a save adds to them (ClaimTrackerDb): a totals row is then held only to commit, never while waiting for cells.
        await ClaimTotalChange.AddAsync(db, articles.Select(a => (ClaimTotal.BlockOf(a.Id), a.ClaimCount)), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch could not be written at once ({Reason}); storing its articles one at a time")]
    private partial void LogBatchFallback(string reason);

    private async Task<IReadOnlyList<IngestResult>> OneByOneAsync(PreparedBatch batch, CancellationToken cancellationToken)
    {
        var results = new List<IngestResult>(batch.Requests.Count);
        foreach (var request in batch.Requests)
        {
            results.Add(await IngestAsync(request, cancellationToken));
        }
        return results;
    }
}
