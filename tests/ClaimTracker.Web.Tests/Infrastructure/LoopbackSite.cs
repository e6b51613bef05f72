using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>
/// A small real web site on a loopback port (Kestrel): pages, files, feeds and redirects registered by the test, and a
/// record of every request (path and User-Agent). What the app fetches in tests; nothing is mocked.
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, (string ContentType, byte[] Body)> pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> redirects = new(StringComparer.Ordinal);

    private LoopbackSite(WebApplication app, Uri root)
    {
        this.app = app;
        Root = root;
    }

    public Uri Root { get; }

    /// <summary>Every request received: its path and User-Agent header.</summary>
    public ConcurrentQueue<(string Path, string UserAgent)> Requests { get; } = new();

    public static async Task<LoopbackSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackSite? site = null;
        app.Run(context => site!.AnswerAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site = new LoopbackSite(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"));
        return site;
    }

    public Uri Serve(string path, string contentType, string body) => Serve(path, contentType, Encoding.UTF8.GetBytes(body));

    public Uri Serve(string path, string contentType, byte[] body)
    {
        pages[path] = (contentType, body);
        return new Uri(Root, path);
    }

    public Uri Redirect(string path, string location)
    {
        redirects[path] = location;
        return new Uri(Root, path);
    }

    public int RequestsFor(string path) => Requests.Count(r => r.Path == path);

    /// <summary>How long every answer waits before it is sent: a slow site, so that a poll outlasts a poller's tick.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>A news page with the metadata tags a real outlet's page has.</summary>
    public static string ArticlePage(string title, string outlet, string published, params string[] paragraphs) => $"""
        <!doctype html>
        <html><head>
        <title>{title} | {outlet}</title>
        <meta property="og:title" content="{title}">
        <meta property="og:site_name" content="{outlet}">
        <meta property="article:published_time" content="{published}">
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>{title}</h1>
        {string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"))}
        </article>
        <footer>© {outlet}</footer>
        </body></html>
        """;

    /// <summary>An RSS 2.0 feed of the given links.</summary>
    public static string Rss(params (Uri Link, string Title, DateTimeOffset Published)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Test wire</title><link>http://example.org/</link><description>Test</description>
        {string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{i.Link}</link><guid>{i.Link}</guid><pubDate>{i.Published:R}</pubDate></item>\n"))}
        </channel></rss>
        """;

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value?.TrimStart('/') ?? "";
        Requests.Enqueue((path, context.Request.Headers.UserAgent.ToString()));
        if (ResponseDelay > TimeSpan.Zero)
        {
            await Task.Delay(ResponseDelay, context.RequestAborted);
        }
        if (redirects.TryGetValue(path, out var location))
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = location;
            return;
        }
        if (!pages.TryGetValue(path, out var page))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = page.ContentType;
        context.Response.ContentLength = page.Body.Length;
        await context.Response.Body.WriteAsync(page.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
