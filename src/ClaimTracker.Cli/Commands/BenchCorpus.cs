using System.Globalization;
using System.Text;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Cli.Commands;

/// <summary>One generated article for the benchmark: its file name (the format hint), bytes as uploaded, and text as parsed.</summary>
internal sealed record BenchArticle(string Name, byte[] Bytes, string Content, bool IsHtml);

/// <summary>
/// Builds the benchmark's corpus in memory: HTML pages with the boilerplate real news pages carry (head metadata, styles,
/// scripts, cookie banner, navigation, share bar, related links, footer) around paragraphs mixed from the seed articles,
/// and plain-text copies with page furniture. Deterministic for a given seed.
/// </summary>
internal static class BenchCorpus
{
    private static readonly string[] Sections = ["World", "Politics", "Business", "Opinion", "Science", "Sport", "Culture", "Video", "Europe", "Asia", "Defence", "Economy"];
    private static readonly string[] Outlets = ["The Meridian Post", "Northern Ledger", "Coastal Herald", "Wire Daily", "Lake Times"];

    public static List<BenchArticle> Build(IReadOnlyList<ArticleDocument> seeds, int count, int randomSeed = 42)
    {
        var paragraphs = seeds.SelectMany(s => s.Paragraphs.Skip(1)).Where(p => p.Split(' ').Length >= 8).ToArray();
        var titles = seeds.Select(s => s.Title ?? "Untitled").ToArray();
        if (paragraphs.Length == 0)
        {
            throw new InvalidOperationException("The seed articles have no paragraphs to build a corpus from.");
        }
        var random = new Random(randomSeed);
        var corpus = new List<BenchArticle>(count);
        for (var i = 0; i < count; i++)
        {
            var body = Enumerable.Range(0, random.Next(6, 15)).Select(_ => paragraphs[random.Next(paragraphs.Length)]).ToList();
            var title = titles[random.Next(titles.Length)];
            var html = i % 5 != 4;
            var content = html ? Page(random, title, body, i) : PlainText(random, title, body);
            corpus.Add(new BenchArticle(string.Create(CultureInfo.InvariantCulture, $"article-{i:D5}{(html ? ".html" : ".txt")}"),
                Encoding.UTF8.GetBytes(content), content, html));
        }
        return corpus;
    }

    private static string Page(Random random, string title, List<string> body, int id)
    {
        var outlet = Outlets[random.Next(Outlets.Length)];
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(700));
        var page = new StringBuilder(64 * 1024);
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Escape(title)} | {outlet}</title>
            <meta property="og:title" content="{Escape(title)}"><meta property="og:site_name" content="{outlet}">
            <meta property="og:type" content="article"><meta property="og:url" content="https://news.example/{id}">
            <meta property="article:published_time" content="{date:yyyy-MM-dd}T08:{random.Next(60):D2}:00Z">
            <meta name="author" content="Staff Reporter"><meta name="twitter:card" content="summary_large_image">
            <link rel="canonical" href="https://news.example/{id}"><link rel="stylesheet" href="/assets/site.{id % 7}.css">
            <script type="application/ld+json">{"{"}"@context":"https://schema.org","@type":"NewsArticle","headline":"{Escape(title)}","datePublished":"{date:yyyy-MM-dd}","publisher":{"{"}"@type":"Organization","name":"{outlet}"{"}"}{"}"}</script>
            <style>
            """);
        for (var r = 0; r < 40 + random.Next(40); r++)
        {
            page.Append(CultureInfo.InvariantCulture, $".c{r}-{id % 13}{{margin:{r}px {r % 5}px;padding:0 {r % 9}px;font:400 {12 + r % 6}px/1.4 Georgia,serif;color:#{r * 2731 % 0xFFFFFF:x6}}}\n");
        }
        page.Append("</style>\n<script>window.__CONFIG__ = {");
        for (var r = 0; r < 60 + random.Next(60); r++)
        {
            page.Append(CultureInfo.InvariantCulture, $"\"k{r}\":\"{r * 7919 % 100000:D5}-{Sections[r % Sections.Length]}\",");
        }
        page.Append("\"end\":true}; (function(){var s=document.createElement('script');s.async=true;s.src='/ads.js';document.head.appendChild(s);})();</script>\n</head><body>\n");
        page.Append("<div id=\"cookie-banner\" class=\"cookie-consent\" role=\"dialog\"><p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic. By clicking accept you agree to this.</p><button>Accept</button><button>Settings</button></div>\n");
        page.Append(CultureInfo.InvariantCulture, $"<header class=\"site-header\"><a class=\"logo\" href=\"/\">{outlet}</a><nav class=\"main-nav\"><ul>");
        foreach (var section in Sections.OrderBy(_ => random.Next()).Take(8 + random.Next(5)))
        {
            page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/{section.ToLowerInvariant()}\">{section}</a></li>");
        }
        page.Append("</ul></nav><form class=\"search\"><input type=\"search\" placeholder=\"Search\"><button>Search</button></form></header>\n");
        // Half the pages mark the story with <article> (read directly), half with a plain <div> (found by SmartReader).
        var container = random.Next(2) == 0 ? "article" : "div";
        page.Append(CultureInfo.InvariantCulture, $"<div class=\"ad-slot ad-top\"><span>Advertisement</span></div>\n<main><{container} class=\"story\">\n");
        page.Append(CultureInfo.InvariantCulture, $"<header><h1>{Escape(title)}</h1><p class=\"byline\">By <a rel=\"author\" href=\"/staff\">Staff Reporter</a></p><time datetime=\"{date:yyyy-MM-dd}\">{date:MMMM d, yyyy}</time></header>\n");
        page.Append("<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">Email</a></div>\n<div class=\"story-body\">\n");
        for (var p = 0; p < body.Count; p++)
        {
            page.Append("<p>").Append(Escape(body[p])).Append("</p>\n");
            if (p == 2)
            {
                page.Append("<figure><img src=\"/img/photo.jpg\" alt=\"\"><figcaption>Troops at a training ground. Photo: Reuters</figcaption></figure>\n");
            }
            if (p == body.Count / 2)
            {
                page.Append("<aside class=\"related-links\"><h3>Related</h3><ul>");
                for (var r = 0; r < 4; r++)
                {
                    page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/story/{random.Next(100000)}\">{Escape(Shorten(body[(p + r) % body.Count]))}</a></li>");
                }
                page.Append("</ul></aside>\n");
            }
        }
        page.Append("</div><div class=\"newsletter-promo\"><p>Sign up for our daily briefing.</p><button>Subscribe</button></div>");
        page.Append(CultureInfo.InvariantCulture, $"</{container}></main>\n");
        page.Append("<aside class=\"sidebar most-read\"><h2>Most read</h2><ol>");
        for (var r = 0; r < 6; r++)
        {
            page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/story/{random.Next(100000)}\">{Escape(Shorten(body[r % body.Count]))}</a></li>");
        }
        page.Append("</ol></aside>\n<footer class=\"site-footer\"><ul>");
        foreach (var link in (string[])["About us", "Contact", "Careers", "Advertise", "Privacy policy", "Cookie settings", "Terms of use", "Sitemap", "Archive", "RSS"])
        {
            page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/{link.Replace(' ', '-').ToLowerInvariant()}\">{link}</a></li>");
        }
        page.Append(CultureInfo.InvariantCulture, $"</ul><p>© {date.Year} {outlet}. All rights reserved.</p></footer>\n");
        page.Append("<script src=\"/assets/app.js\" defer></script><script>dataLayer=window.dataLayer||[];dataLayer.push({event:'pageview',section:'world',words:1234});</script>\n</body></html>\n");
        return page.ToString();
    }

    private static string PlainText(Random random, string title, List<string> body)
    {
        var text = new StringBuilder(16 * 1024);
        text.AppendLine(string.Join(' ', Sections.Take(6 + random.Next(5)))).AppendLine();
        text.AppendLine(title).AppendLine(CultureInfo.InvariantCulture, $"{2 + random.Next(8)} min read").AppendLine();
        for (var p = 0; p < body.Count; p++)
        {
            text.AppendLine(body[p]).AppendLine();
            if (p == 3)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"Read more: {Shorten(body[(p + 1) % body.Count])}").AppendLine();
            }
        }
        text.AppendLine("Subscribe to our newsletter!").AppendLine("RELATED");
        for (var r = 0; r < 3; r++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {Shorten(body[r % body.Count])}");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"Copyright © 2025 {Outlets[random.Next(Outlets.Length)]}. All rights reserved.");
        return text.ToString();
    }

    private static string Shorten(string paragraph)
    {
        var words = paragraph.Split(' ');
        return string.Join(' ', words.Take(Math.Min(words.Length, 9))).TrimEnd(',', '.', ';');
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
