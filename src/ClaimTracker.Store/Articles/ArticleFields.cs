using ClaimTracker.Core.Articles;
using ClaimTracker.Store.Hosting;

namespace ClaimTracker.Store.Articles;

/// <summary>
/// How long an article's metadata may be and what its URL may be. <see cref="Ingest.IngestService"/> enforces these
/// for every transport (pages, API, manifest, CLI): SQLite does not enforce the model's lengths, so without this a
/// 5 MB outlet would be stored. What an editor gives is refused with a message per field; what the reader finds in
/// the article itself is nobody's input to correct, so there a bad URL is dropped and long text cut.
/// </summary>
public static class ArticleFields
{
    public const int MaxTitleLength = 500;
    public const int MaxOutletLength = 200;
    public const int MaxUrlLength = 2000;
    public const int MaxAuthorLength = 200;

    public const string UrlMessage = "The URL must be an absolute http:// or https:// address, such as https://example.org/news/1.";

    /// <summary>Problems with the metadata an editor gave, keyed by field (title, outlet, url, author); empty when it can be stored.</summary>
    public static Dictionary<string, string> Check(string? title, string? outlet, string? url, string? author)
    {
        var problems = new Dictionary<string, string>();
        TooLong(problems, "title", "The title", title, MaxTitleLength);
        TooLong(problems, "outlet", "The outlet", outlet, MaxOutletLength);
        TooLong(problems, "author", "The author", author, MaxAuthorLength);
        if (!TooLong(problems, "url", "The URL", url, MaxUrlLength) && !string.IsNullOrWhiteSpace(url) && !IsWebAddress(url.Trim()))
        {
            problems["url"] = UrlMessage;
        }
        return problems;
    }

    /// <summary>True for an absolute http or https URL with a host; <c>javascript:</c>, <c>data:</c>, relative paths and the rest are not.</summary>
    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>What the reader found in an article, made storable: a URL that is not a web address is dropped, long text cut.</summary>
    public static ArticleDocument Tidy(ArticleDocument found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return found with
        {
            Title = Cut(found.Title, MaxTitleLength),
            Outlet = Cut(found.Outlet, MaxOutletLength),
            Author = Cut(found.Author, MaxAuthorLength),
            Url = found.Url is { Length: <= MaxUrlLength } url && IsWebAddress(url) ? url : null,
        };
    }

    private static bool TooLong(Dictionary<string, string> problems, string field, string label, string? value, int max)
    {
        if (FieldLength.Problem(label, value, max) is not { } problem)
        {
            return false;
        }
        problems[field] = problem;
        return true;
    }

    private static string? Cut(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;
}
