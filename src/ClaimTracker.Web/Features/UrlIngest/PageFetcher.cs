using System.Net;
using System.Net.Sockets;
using ClaimTracker.Core.Articles;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Web.Features.UrlIngest;

/// <summary>
/// Fetches one link for ingestion, defensively: http(s) only; every connection (the first and each redirect's) goes
/// to an address checked by <see cref="AddressGuard"/> after DNS resolution; redirects capped; one timeout for the
/// whole fetch; the body capped at the upload limit; only web pages, text, PDF and Word content.
/// </summary>
public sealed partial class PageFetcher : IDisposable
{
    /// <summary>Names the app to the sites it reads, so their operators know who fetched what.</summary>
    public const string UserAgent = "ClaimTracker/1.0 (news claim tracker; fetches one article per request)";

    // Marks the connect step's refusal inside the HttpRequestException that HttpClient wraps it in.
    private const string RefusedAddressKey = "ClaimTracker.RefusedAddress";

    private const string WordMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly HttpClient client;
    private readonly UrlIngestOptions options;
    private readonly long maxBytes;
    private readonly ILogger<PageFetcher> logger;

    public PageFetcher(IOptions<UrlIngestOptions> options, ArticleReaderOptions readerOptions, ILogger<PageFetcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(readerOptions);
        this.options = options.Value;
        maxBytes = readerOptions.MaxBytes;
        this.logger = logger;
        var allowPrivate = this.options.AllowPrivateAddresses;
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by hand so each hop is counted and its scheme checked; the address check is in ConnectCallback.
            AllowAutoRedirect = false,
            // A proxy would connect on our behalf to addresses the guard never sees.
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowPrivate, cancellationToken),
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd(
            $"text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,{WordMediaType};q=0.8");
    }

    /// <summary>Whether the text is an absolute http(s) URL a user may submit.</summary>
    public static bool TryParse(string? text, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https") || parsed.Host.Length == 0)
        {
            return false;
        }
        uri = parsed;
        return true;
    }

    /// <summary>Fetches an article: a web page, text, PDF or Word file.</summary>
    public Task<FetchedPage> FetchAsync(string url, CancellationToken cancellationToken = default) => FetchAsync(url, feed: false, cancellationToken);

    /// <summary>Fetches an RSS or Atom feed, under the same guard and limits as an article.</summary>
    public Task<FetchedPage> FetchFeedAsync(string url, CancellationToken cancellationToken = default) => FetchAsync(url, feed: true, cancellationToken);

    private async Task<FetchedPage> FetchAsync(string url, bool feed, CancellationToken cancellationToken)
    {
        if (!TryParse(url, out var uri))
        {
            return FetchedPage.Failure(FetchError.BadUrl, "The link must be a full web address starting with http:// or https://.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (redirects >= options.MaxRedirects)
                    {
                        return Failed(uri, FetchError.TooManyRedirects, $"{uri.Host} redirected more than {options.MaxRedirects} times; giving up.");
                    }
                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    if (next.Scheme is not ("http" or "https"))
                    {
                        return Failed(uri, FetchError.BadUrl, $"{uri.Host} redirected to a non-web address ({next.Scheme}:).");
                    }
                    uri = next;
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    return Failed(uri, FetchError.HttpStatus,
                        $"{uri.Host} answered {(int)response.StatusCode} {response.ReasonPhrase} for {uri.AbsolutePath}.");
                }
                return await ReadBodyAsync(uri, response, feed, timeout.Token);
            }
        }
        catch (HttpRequestException e) when (RefusedAddress(e) is { } refused)
        {
            return Failed(uri, FetchError.Refused,
                $"{uri.Host} is a private or local address ({refused}); links may only point at public web sites.");
        }
        catch (HttpRequestException e)
        {
            return Failed(uri, FetchError.Unreachable, $"{uri.Host} could not be reached ({Describe(e)}).");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(uri, FetchError.Unreachable, $"{uri.Host} did not answer within {options.TimeoutSeconds} seconds.");
        }
    }

    private async Task<FetchedPage> ReadBodyAsync(Uri uri, HttpResponseMessage response, bool feed, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        if ((feed ? FeedFileNameFor(mediaType) : FileNameFor(mediaType, uri)) is not { } fileName)
        {
            return Failed(uri, FetchError.UnsupportedType, feed
                ? $"{uri.AbsoluteUri} is {mediaType}, not an RSS or Atom feed."
                : $"{uri.AbsoluteUri} is {mediaType}, not a web page, text, PDF or Word file.");
        }
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return Failed(uri, FetchError.TooLarge, TooLargeMessage(uri));
        }
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // Content-Length can be absent or wrong: count what actually arrives.
            if (buffer.Length + read > maxBytes)
            {
                return Failed(uri, FetchError.TooLarge, TooLargeMessage(uri));
            }
            buffer.Write(chunk, 0, read);
        }
        LogFetched(uri.AbsoluteUri, buffer.Length, mediaType);
        return new FetchedPage { Content = buffer.ToArray(), FileName = fileName, FinalUrl = uri };
    }

    private string TooLargeMessage(Uri uri) =>
        $"{uri.AbsoluteUri} is larger than the limit of {maxBytes / (1024 * 1024)} MB for an article.";

    // The server's content type decides the reader's hint; without one the reader sniffs the bytes.
    private static string? FileNameFor(string? mediaType, Uri uri) => mediaType switch
    {
        "text/html" or "application/xhtml+xml" => "page.html",
        "text/plain" => "page.txt",
        "application/pdf" => "page.pdf",
        WordMediaType => "page.docx",
        null or "application/octet-stream" or "binary/octet-stream" => "page" + KnownExtension(uri),
        _ => null,
    };

    // Feeds are served under many XML types, and often as text/html or text/plain by misconfigured servers.
    private static string? FeedFileNameFor(string? mediaType) => mediaType switch
    {
        null or "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" or "application/rdf+xml"
            or "text/html" or "text/plain" or "application/octet-stream" => "feed.xml",
        _ => null,
    };

    private static string KnownExtension(Uri uri)
    {
        var extension = Path.GetExtension(uri.AbsolutePath).ToLowerInvariant();
        return extension is ".html" or ".htm" or ".txt" or ".pdf" or ".docx" ? extension : "";
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? new[] { literal }
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        if (!allowPrivate && addresses.FirstOrDefault(a => !AddressGuard.IsPublic(a)) is { } refused)
        {
            // One private answer refuses the host: a name that resolves to both is how DNS rebinding gets in.
            throw new IOException($"{endpoint.Host} resolves to {refused}, which is not a public address.")
            {
                Data = { [RefusedAddressKey] = refused.ToString() },
            };
        }
        // Connect to exactly the addresses checked above, never resolving the name again.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string? RefusedAddress(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner.Data[RefusedAddressKey] is string address)
            {
                return address;
            }
        }
        return null;
    }

    private static string Describe(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "no such host",
        HttpRequestError.ConnectionError => "the connection failed",
        HttpRequestError.SecureConnectionError => "the secure connection failed",
        _ => "the request failed",
    };

    private FetchedPage Failed(Uri uri, FetchError error, string message)
    {
        LogFailed(uri.AbsoluteUri, error, message);
        return FetchedPage.Failure(error, message);
    }

    public void Dispose() => client.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {Url}: {Bytes} bytes of {MediaType}")]
    private partial void LogFetched(string url, long bytes, string? mediaType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fetch {Url}: {FetchError} ({Reason})")]
    private partial void LogFailed(string url, FetchError fetchError, string reason);
}
