using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ClaimTracker.Core.Articles;

/// <summary>What a page says about itself: &lt;meta&gt; tags (og:, article:, twitter:, Dublin Core), JSON-LD NewsArticle, &lt;time datetime&gt;.</summary>
internal sealed record HtmlMetadata(string? Title, string? Author, string? Outlet, PartialDate? Published, string? Url, bool BrokenJsonLd)
{
    private static readonly string[] TitleKeys = ["og:title", "twitter:title", "dc.title", "headline"];
    private static readonly string[] AuthorKeys = ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"];
    private static readonly string[] OutletKeys = ["og:site_name", "application-name", "publisher", "dc.publisher", "cre"];
    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "published_time",
        "article.published", "publishdate", "publish-date", "pubdate", "dc.date.issued", "dcterms.issued", "dc.date",
        "dcterms.created", "dcterms.date", "date", "sailthru.date", "parsely-pub-date", "twitter:data1",
    ];

    public static HtmlMetadata From(IHtmlDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var value = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(value))
            {
                meta.TryAdd(key.Trim(), ArticleParagraphs.Normalize(value));
            }
        }

        var ld = JsonLd.From(document);

        var title = First(meta, TitleKeys) ?? ld.Headline ?? Text(document.QuerySelector("h1")) ?? PageTitle(document);
        var author = FirstNonUrl(meta, AuthorKeys) ?? ld.Author
            ?? Text(document.QuerySelector("[rel~=author]")) ?? Text(document.QuerySelector("[itemprop=author]"));
        var outlet = First(meta, OutletKeys) ?? ld.Publisher;
        PartialDate? published = null;
        foreach (var key in DateKeys)
        {
            if (meta.TryGetValue(key, out var value) && ArticleDates.Parse(value) is { } date)
            {
                published = date;
                break;
            }
        }
        published ??= ArticleDates.Parse(ld.DatePublished) ?? TimeElement(document);
        var url = meta.GetValueOrDefault("og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        return new HtmlMetadata(title, author, outlet, published, url, ld.Broken);
    }

    // <time datetime> of the article, preferring the one marked as the publication date.
    private static PartialDate? TimeElement(IHtmlDocument document)
    {
        var marked = document.QuerySelector("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished][datetime]");
        IEnumerable<IElement> candidates = marked is null ? document.QuerySelectorAll("time[datetime]") : [marked];
        foreach (var time in candidates)
        {
            if (ArticleDates.Parse(time.GetAttribute("datetime")) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static string? PageTitle(IHtmlDocument document)
    {
        var title = ArticleParagraphs.Normalize(document.Title ?? "");
        return title.Length == 0 ? null : title;
    }

    private static string? Text(IElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var text = ArticleParagraphs.Normalize(element.TextContent);
        return text.Length == 0 ? null : text;
    }

    private static string? First(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                return value;
            }
        }
        return null;
    }

    private static string? FirstNonUrl(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value) && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                return value.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? value[3..].Trim() : value;
            }
        }
        return null;
    }

    /// <summary>The first article-like object in the page's JSON-LD scripts (NewsArticle, Article, BlogPosting, ...).</summary>
    private sealed record JsonLd(string? Headline, string? Author, string? Publisher, string? DatePublished, bool Broken)
    {
        public static JsonLd From(IHtmlDocument document)
        {
            var broken = false;
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    if (FindArticle(json.RootElement) is { } article)
                    {
                        return new JsonLd(
                            String(article, "headline"),
                            Name(article, "author"),
                            Name(article, "publisher"),
                            String(article, "datePublished"),
                            broken);
                    }
                }
                catch (JsonException)
                {
                    // Pages often ship malformed JSON-LD; the other metadata still counts.
                    broken = true;
                }
            }
            return new JsonLd(null, null, null, null, broken);
        }

        private static JsonElement? FindArticle(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            }
            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
            {
                return element;
            }
            return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
        }

        private static bool IsArticleType(JsonElement type) => type.ValueKind switch
        {
            JsonValueKind.String => type.GetString() is { } name && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report"),
            JsonValueKind.Array => type.EnumerateArray().Any(IsArticleType),
            _ => false,
        };

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? ArticleParagraphs.Normalize(value.GetString()) : null;

        // "author": "Jane Doe" | {"name": "Jane Doe"} | [{"name": "Jane Doe"}, {"name": "John Roe"}]
        private static string? Name(JsonElement element, string property)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return null;
            }
            var names = new List<string>();
            foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value])
            {
                var name = item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(name))
                {
                    names.Add(ArticleParagraphs.Normalize(name));
                }
            }
            return names.Count == 0 ? null : string.Join(", ", names);
        }
    }
}
