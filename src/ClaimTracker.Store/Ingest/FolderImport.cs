using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ClaimTracker.Store.Ingest;

/// <summary>Ingests every article file (.txt, .html, .htm, .pdf, .docx) of a folder, in name order, with its manifest's metadata.</summary>
public sealed class FolderImport(IngestService ingest)
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", ".pdf", ".docx"];

    public static IReadOnlyList<string> ArticleFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder)
            .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];

    /// <summary>Articles stored per transaction: large enough that commits do not dominate, small enough to report progress often.</summary>
    public const int BatchSize = 250;

    /// <summary>
    /// Prepared batches that may wait for the writer. Ahead of a store still being migrated (the CLI's start-up, 2-3 s
    /// mostly on one core) the other core fills several instead of stopping after one; once the store is ready reading
    /// and extraction are the slower side, so the queue stays short.
    /// </summary>
    private const int PreparedAhead = 8;

    /// <summary>
    /// One result per file, in name order, a batch at a time as each is stored (so a caller can report progress). Batches
    /// are read and extracted one after another (each on every core) while earlier ones are written, never waiting for
    /// the writer unless <see cref="PreparedAhead"/> are ready. With <paramref name="storeReady"/> (a migration still
    /// running) the first batches are read and extracted meanwhile, and stored once it completes.
    /// </summary>
    public async IAsyncEnumerable<ImportedFile> ImportAsync(
        string folder, string? ingestedBy, Task? storeReady = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var manifest = await ArticleManifest.LoadAsync(folder, cancellationToken);
        var batches = ArticleFiles(folder).Chunk(BatchSize).ToList();
        (string[] Names, IngestService.PreparedBatch Batch) Prepare(string[] paths, CancellationToken cancellation)
        {
            var requests = new List<IngestRequest>(paths.Length);
            foreach (var path in paths)
            {
                // Read on this thread, not awaited: small files, and the phase timing is per thread.
                var started = ImportPhases.Now();
                var content = File.ReadAllBytes(path);
                ingest.Phases.AddRead(started);
                requests.Add(manifest.RequestFor(Path.GetFileName(path), content, ingestedBy));
            }
            return (paths.Select(p => Path.GetFileName(p)).ToArray(), ingest.PrepareBatch(requests, cancellation));
        }

        var prepared = Channel.CreateBounded<(string[] Names, IngestService.PreparedBatch Batch)>(
            new BoundedChannelOptions(PreparedAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A failure while preparing reaches the writer in order, after the batches prepared before it.
        var preparing = Task.Run(async () =>
            {
                foreach (var paths in batches)
                {
                    await prepared.Writer.WriteAsync(Prepare(paths, stop.Token), stop.Token);
                }
            }, stop.Token)
            .ContinueWith(
                done => prepared.Writer.TryComplete(done.Exception?.GetBaseException()),
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            var saved = false;
            while (true)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                if (!await prepared.Reader.WaitToReadAsync(cancellationToken))
                {
                    break;
                }
                var (names, batch) = await prepared.Reader.ReadAsync(cancellationToken);
                ingest.Phases.AddWaited(started);
                if (storeReady is not null)
                {
                    await storeReady;
                    storeReady = null;
                }
                var results = await ingest.SaveBatchAsync(batch, cancellationToken);
                saved |= results.Any(r => r.Outcome == IngestOutcome.Saved);
                for (var i = 0; i < names.Length; i++)
                {
                    yield return new ImportedFile(names[i], results[i]);
                }
            }
            if (saved)
            {
                await ingest.AfterImportAsync(cancellationToken);
            }
        }
        finally
        {
            // The caller stopped early (or a write failed): nothing more to prepare.
            await stop.CancelAsync();
            await preparing;
        }
    }
}
