using System.Runtime.CompilerServices;

namespace ClaimTracker.Store.Ingest;

/// <summary>Ingests every article file (.txt, .html, .htm) of a folder, in name order, with its manifest's metadata.</summary>
public sealed class FolderImport(IngestService ingest)
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm"];

    public static IReadOnlyList<string> ArticleFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder)
            .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];

    /// <summary>One result per file, as each is stored (so a caller can report progress).</summary>
    public async IAsyncEnumerable<ImportedFile> ImportAsync(
        string folder, string? ingestedBy, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var manifest = await ArticleManifest.LoadAsync(folder, cancellationToken);
        foreach (var path in ArticleFiles(folder))
        {
            var fileName = Path.GetFileName(path);
            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            var result = await ingest.IngestAsync(manifest.RequestFor(fileName, content, ingestedBy), cancellationToken);
            yield return new ImportedFile(fileName, result);
        }
    }
}
