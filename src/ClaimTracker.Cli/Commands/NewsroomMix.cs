using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// What <c>bench clients</c> asks a running app: analysts reading (comparison pages with varying filters and page sizes,
/// claims pages by keyset and by page, a cell's figures) and, in the mixed mode, editors writing at the same time
/// (correcting a claim they have just read, with its version; posting a new article). The queries are drawn from
/// claims, cells, subjects and sources sampled from the app first, and vary enough that most miss the app's caches,
/// so the store answers, as it does for a newsroom whose analysts each look at something else. A third mix, editors
/// only, measures the write path on its own.
/// </summary>
internal sealed class NewsroomMix
{
    /// <summary>Relative weights: reads as analysts do them; an editor's correction and an article now and then.</summary>
    private static readonly (string Operation, int Weight)[] Reads = [("comparison", 30), ("claims-keyset", 20), ("claims-page", 15), ("cell", 15)];
    private static readonly (string Operation, int Weight)[] Writes = [("correct", 15), ("ingest", 5)];
    private static readonly (string Operation, int Weight)[] Mixed = [.. Reads, .. Writes];

    private static readonly int[] ComparisonPageSizes = [25, 50, 100];

    private readonly List<int> _claimIds;
    private readonly List<string> _cells;
    private readonly List<string> _subjectWords;
    private readonly List<string> _sourceNames;
    private readonly List<string> _metrics;
    private readonly int _claimPages;
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private int _articles;

    /// <summary>Set when the mix writes: new articles are made as <c>bench store</c> makes its corpus.</summary>
    private StoreBenchCorpus.Generator? Articles { get; init; }

    private NewsroomMix(List<int> claimIds, List<string> cells, List<string> subjectWords, List<string> sourceNames, List<string> metrics, int claimTotal)
    {
        _claimIds = claimIds;
        _cells = cells;
        _subjectWords = subjectWords;
        _sourceNames = sourceNames;
        _metrics = metrics;
        ClaimTotal = claimTotal;
        _claimPages = Math.Max(1, Math.Min(600, claimTotal / 100));
    }

    public int ClaimTotal { get; }

    public int CellCount => _cells.Count;

    /// <summary>The mixes: <c>read</c> (analysts only), <c>mixed</c> (analysts and editors), <c>writes</c> (editors only).</summary>
    public static IReadOnlyList<string> Mixes { get; } = ["read", "mixed", "writes"];

    public static IEnumerable<string> Operations(string mix) => Weights(mix).Select(o => o.Operation);

    private static (string Operation, int Weight)[] Weights(string mix) => mix switch
    {
        "mixed" => Mixed,
        "writes" => Writes,
        _ => Reads,
    };

    /// <summary>
    /// Reads a few claims pages and comparison pages to draw the run's queries from; null (with the reason written) when the
    /// app cannot be read. <paramref name="articles"/> makes the new articles of a mix that writes.
    /// </summary>
    public static async Task<NewsroomMix?> SampleAsync(
        HttpClient client, Random random, StoreBenchCorpus.Generator? articles, TextWriter error, CancellationToken cancellationToken)
    {
        using var first = await client.GetAsync(new Uri("api/claims?page=1&pageSize=1", UriKind.Relative), cancellationToken);
        if (!first.IsSuccessStatusCode)
        {
            error.WriteLine($"bench clients: GET {first.RequestMessage?.RequestUri} answered {(int)first.StatusCode} {first.ReasonPhrase}; is that ClaimTracker, and may anonymous users read (Auth:AllowAnonymousRead)?");
            return null;
        }
        var total = first.Headers.TryGetValues("X-Total-Count", out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : 0;
        if (total == 0)
        {
            error.WriteLine("bench clients: the store has no claims; import articles first (e.g. claimtracker bench store --keep DIR, then run the app on that store).");
            return null;
        }

        var ids = new List<int>();
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pages = Math.Max(1, (total + 999) / 1000);
        foreach (var page in Enumerable.Range(0, 4).Select(_ => random.Next(1, pages + 1)).Distinct())
        {
            using var document = await GetJsonAsync(client, $"api/claims?page={page}&pageSize=1000", cancellationToken);
            foreach (var claim in document.RootElement.EnumerateArray())
            {
                ids.Add(claim.GetProperty("id").GetInt32());
                foreach (var word in claim.GetProperty("subject").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (word.Length >= 4 && word.All(char.IsLetter))
                    {
                        words.Add(word.ToLowerInvariant());
                    }
                }
            }
        }

        var cells = new List<string>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var metrics = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= 3; page++)
        {
            using var document = await GetJsonAsync(client, $"api/comparison?page={page}&pageSize=100", cancellationToken);
            foreach (var row in document.RootElement.GetProperty("rows").EnumerateArray())
            {
                var metric = Text(row.GetProperty("metric"));
                metrics.Add(metric);
                var key = $"rowSubject={Uri.EscapeDataString(row.GetProperty("subject").GetString()!)}&rowMetric={metric}&rowStatus={Text(row.GetProperty("status"))}";
                // The grid has a cell for every column; only those with figures can be opened.
                foreach (var cell in row.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("figureCount").GetInt32() > 0))
                {
                    var column = cell.GetProperty("column");
                    var source = column.GetProperty("sourceId").ValueKind == JsonValueKind.Null ? "none" : column.GetProperty("name").GetString()!;
                    if (source != "none")
                    {
                        sources.Add(source);
                    }
                    cells.Add($"{key}&source={Uri.EscapeDataString(source)}");
                }
            }
        }
        if (cells.Count == 0)
        {
            error.WriteLine("bench clients: the comparison has no cells to read.");
            return null;
        }
        return new NewsroomMix(ids, cells, [.. words.Order(StringComparer.Ordinal)], [.. sources.Order(StringComparer.Ordinal)], [.. metrics.Order(StringComparer.Ordinal)], total)
        {
            Articles = articles,
        };
    }

    public static string Pick(Random random, string mix)
    {
        var weights = Weights(mix);
        var roll = random.Next(weights.Sum(w => w.Weight));
        foreach (var (operation, weight) in weights)
        {
            if ((roll -= weight) < 0)
            {
                return operation;
            }
        }
        return weights[^1].Operation;
    }

    /// <summary>Runs one operation; the status that says how it went (a correction's is its PATCH's, or its GET's when that failed).</summary>
    public async Task<HttpStatusCode> SendAsync(string operation, HttpClient client, string? token, Random random, CancellationToken cancellationToken) => operation switch
    {
        "comparison" => await GetAsync(client, ComparisonQuery(random), cancellationToken),
        "claims-keyset" => await GetAsync(client, $"api/claims?after={Any(random, _claimIds)}&pageSize=100", cancellationToken),
        "claims-page" => await GetAsync(client, random.Next(3) == 0
            ? $"api/claims?page={random.Next(1, Math.Max(2, _claimPages / 4))}&pageSize=100&metric={Any(random, _metrics)}"
            : $"api/claims?page={random.Next(1, _claimPages + 1)}&pageSize=100", cancellationToken),
        "cell" => await GetAsync(client, "api/comparison/cell?" + Any(random, _cells), cancellationToken),
        "correct" => await CorrectAsync(client, token!, Any(random, _claimIds), cancellationToken),
        "ingest" => await IngestAsync(client, token!, random, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not an operation of the mix."),
    };

    private string ComparisonQuery(Random random)
    {
        var query = $"api/comparison?pageSize={ComparisonPageSizes[random.Next(ComparisonPageSizes.Length)]}";
        switch (random.Next(4))
        {
            case 0:
                query += $"&page={random.Next(1, 11)}";
                break;
            case 1:
                query += $"&metric={Any(random, _metrics)}&page={random.Next(1, 4)}";
                break;
            case 2 when _subjectWords.Count > 0:
                query += $"&subject={Uri.EscapeDataString(Any(random, _subjectWords))}";
                break;
            default:
                query += _sourceNames.Count > 0 ? $"&sources={Uri.EscapeDataString(Any(random, _sourceNames))}" : "&page=2";
                break;
        }
        return query;
    }

    /// <summary>An editor's correction: read the claim, then save it with the version read, flipping its review state.</summary>
    private static async Task<HttpStatusCode> CorrectAsync(HttpClient client, string token, int id, CancellationToken cancellationToken)
    {
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri($"api/claims/{id}", UriKind.Relative));
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        int version;
        string review;
        using (var response = await client.SendAsync(read, cancellationToken))
        {
            if (!response.IsSuccessStatusCode)
            {
                return response.StatusCode;
            }
            using var claim = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            version = claim.RootElement.GetProperty("version").GetInt32();
            review = Text(claim.RootElement.GetProperty("review"));
        }
        var next = review == "confirmed" ? "unreviewed" : "confirmed";
        using var save = new HttpRequestMessage(HttpMethod.Patch, new Uri($"api/claims/{id}", UriKind.Relative))
        {
            Content = new StringContent($$"""{"version":{{version}},"review":"{{next}}"}""", Encoding.UTF8, "application/merge-patch+json"),
        };
        save.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var saved = await client.SendAsync(save, cancellationToken);
        return saved.StatusCode;
    }

    /// <summary>
    /// A new article made as <c>bench store</c> makes its 10,000 (<see cref="StoreBenchCorpus.Generator"/>): a seed article
    /// with its figures scaled and about half its sources swapped for other registry sources, so a newsroom's new articles
    /// spread over the corpus's subjects, metrics and sources (and so its cells) rather than all land in the same few.
    /// Different every time (a repeat would be refused as a duplicate): its story code names the run and the article.
    /// </summary>
    private async Task<HttpStatusCode> IngestAsync(HttpClient client, string token, Random random, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _articles);
        var generator = Articles ?? throw new InvalidOperationException("This mix was sampled without seed articles; it cannot write articles.");
        var (text, _, published) = generator.Next(number - 1, random, $"bench {_run} {number}", codeAfterLead: true);
        var body = JsonSerializer.Serialize(new
        {
            // One outlet for the bench's articles, so that they can be told from the corpus's in the store.
            outlet = "Bench Wire",
            url = $"https://bench.example/{_run}/{number}",
            publishedAt = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            text,
        });
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("api/articles", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(post, cancellationToken);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> GetAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        // Read the whole body, as a browser or script would: the app's serialisation and the transfer are part of the cost.
        await response.Content.CopyToAsync(Stream.Null, cancellationToken);
        return response.StatusCode;
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static T Any<T>(Random random, List<T> items) => items[random.Next(items.Count)];
}
