using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// A folder's <c>manifest.json</c>: per file the metadata an editor knows (outlet, author, published date).
/// A month-only date ("2025-11") becomes the first of the month, marked inferred.
/// </summary>
public sealed class ArticleManifest
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, Entry> entries;

    private ArticleManifest(IEnumerable<Entry> entries)
    {
        this.entries = entries
            .Where(e => !string.IsNullOrWhiteSpace(e.File))
            .GroupBy(e => e.File!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public static ArticleManifest Empty { get; } = new([]);

    /// <summary>The folder's manifest, or <see cref="Empty"/> when it has none.</summary>
    public static async Task<ArticleManifest> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }
        await using var stream = File.OpenRead(path);
        try
        {
            var file = await JsonSerializer.DeserializeAsync<ManifestFile>(stream, JsonOptions, cancellationToken);
            return new ArticleManifest(file?.Articles ?? []);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid manifest: {e.Message}", e);
        }
    }

    /// <summary>An ingest request for a file of the folder, with the manifest's metadata for it (if any).</summary>
    public IngestRequest RequestFor(string fileName, byte[] content, string? ingestedBy)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var request = new IngestRequest { Content = content, FileName = fileName, IngestedBy = ingestedBy };
        if (!entries.TryGetValue(fileName, out var entry))
        {
            return request;
        }
        var (published, precision) = ParsePublished(entry.Published);
        return request with
        {
            Title = entry.Title,
            Outlet = entry.Outlet,
            Author = entry.Author,
            Url = entry.Url,
            PublishedAt = published,
            PublishedInferred = published is not null && (precision != ClaimTracker.Core.Claims.AsOfPrecision.Day || entry.PublishedInferred == true),
            PublishedPrecision = published is null ? null : precision,
        };
    }

    private static (DateOnly? Date, ClaimTracker.Core.Claims.AsOfPrecision Precision) ParsePublished(string? published)
    {
        if (string.IsNullOrWhiteSpace(published))
        {
            return (null, ClaimTracker.Core.Claims.AsOfPrecision.Day);
        }
        if (DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (day, ClaimTracker.Core.Claims.AsOfPrecision.Day);
        }
        if (DateOnly.TryParseExact(published, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month, ClaimTracker.Core.Claims.AsOfPrecision.Month);
        }
        if (DateOnly.TryParseExact(published, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var year))
        {
            return (year, ClaimTracker.Core.Claims.AsOfPrecision.Year);
        }
        throw new InvalidDataException($"Manifest date '{published}' is not YYYY-MM-DD, YYYY-MM or YYYY.");
    }

    private sealed record ManifestFile(IReadOnlyList<Entry>? Articles);

    private sealed record Entry
    {
        public string? File { get; init; }
        public string? Title { get; init; }
        public string? Outlet { get; init; }
        public string? Author { get; init; }
        public string? Url { get; init; }
        public string? Published { get; init; }
        [JsonPropertyName("published_inferred")]
        public bool? PublishedInferred { get; init; }
    }
}
