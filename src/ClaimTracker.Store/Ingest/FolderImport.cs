using System.Runtime.CompilerServices;

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
    /// One result per file, in name order, a batch at a time as each is stored (so a caller can report progress). The
    /// next batch is read and extracted (on every core) while the current one is written. With <paramref name="storeReady"/>
    /// (a migration still running) the first batches are read and extracted meanwhile, and stored once it completes.
    /// </summary>
    public async IAsyncEnumerable<ImportedFile> ImportAsync(
        string folder, string? ingestedBy, Task? storeReady = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var manifest = await ArticleManifest.LoadAsync(folder, cancellationToken);
        var batches = ArticleFiles(folder).Chunk(BatchSize).ToList();
        Task<(string[] Names, IngestService.PreparedBatch Batch)> Prepare(string[] paths) => Task.Run(async () =>
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
            return (paths.Select(p => Path.GetFileName(p)).ToArray(), ingest.PrepareBatch(requests, cancellationToken));
        }, cancellationToken);

        var next = batches.Count > 0 ? Prepare(batches[0]) : null;
        var saved = false;
        for (var b = 0; next is not null; b++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var (names, batch) = await next;
            ingest.Phases.AddWaited(started);
            next = b + 1 < batches.Count ? Prepare(batches[b + 1]) : null;
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
}
