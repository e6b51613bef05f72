using ClaimTracker.Store.Data;
using ClaimTracker.Store.Articles;
using Microsoft.EntityFrameworkCore;

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
            var hashes = batch.Items.Where(p => p.Document is not null).Select(p => p.Hash).Distinct().ToList();
            var stored = await db.Articles.AsNoTracking().Where(a => hashes.Contains(a.ContentHash))
                .ToDictionaryAsync(a => a.ContentHash, a => a.Id, StringComparer.Ordinal, cancellationToken);
            var sourceIds = await SourceIdsAsync(db, cancellationToken);
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
                    articles[i] = NewArticle(batch.Requests[i], prepared, document, sourceIds);
                    db.Articles.Add(articles[i]!);
                }
            }
            try
            {
                // One SaveChanges is one transaction: every new article of the batch with its claims, or none.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another ingest stored one of these texts meanwhile: fall back to one at a time, which tells which.
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
