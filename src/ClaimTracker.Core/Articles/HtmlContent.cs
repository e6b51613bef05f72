using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace ClaimTracker.Core.Articles;

/// <summary>The readable paragraphs of an HTML page: SmartReader's main content, else the page's own text blocks.</summary>
internal static partial class HtmlContent
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "button", "select", "option", "textarea", "input", "figcaption", "head", "title", "meta", "link",
    };

    // Containers that hold a site's chrome rather than the story, when the story itself could not be found.
    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "footer", "aside", "form", "menu", "dialog",
    };

    private static readonly HashSet<string> Sections = new(StringComparer.OrdinalIgnoreCase) { "div", "section", "article", "main" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section",
        "article", "main", "header", "footer", "aside", "nav", "table", "thead", "tbody", "tr", "td", "th", "figure", "hr",
        "address", "body", "form", "fieldset", "details", "summary", "center",
    };

    // Building a parser builds an AngleSharp browsing context, which cost a tenth of a page's parse; one per thread is reused.
    [ThreadStatic]
    private static HtmlParser? parser;

    /// <summary>This thread's parser. A parser is reusable for one document after another, but not by two threads at once.</summary>
    public static HtmlParser Parser => parser ??= new HtmlParser();

    /// <summary>The length of an element's text content, without building the string.</summary>
    public static int TextLength(INode node)
    {
        var length = 0;
        // Depth-first over the descendants without recursion: hostile pages nest deeply.
        for (var current = node.FirstChild; current is not null;)
        {
            if (current is IText text)
            {
                length += text.Data.Length;
            }
            if (current.FirstChild is { } child)
            {
                current = child;
                continue;
            }
            while (current is not null && current != node && current.NextSibling is null)
            {
                current = current.Parent;
            }
            current = current is null || current == node ? null : current.NextSibling;
        }
        return length;
    }

    /// <summary>
    /// The story when the page marks it: a single <c>[itemprop=articleBody]</c> or a single <c>&lt;article&gt;</c> that holds most of
    /// the page's paragraph text. Null when the markup does not say (several articles, teasers, none), so SmartReader decides.
    /// </summary>
    public static List<string>? MarkedArticle(PageElements page, int[] paragraphLengths, int pageParagraphText)
    {
        var marked = page.ArticleBodies.Count == 1 ? page.ArticleBodies : page.Articles;
        if (marked.Count != 1)
        {
            return null;
        }
        var inside = 0;
        for (var i = 0; i < page.Paragraphs.Count; i++)
        {
            if (marked[0].Contains(page.Paragraphs[i]))
            {
                inside += paragraphLengths[i];
            }
        }
        if (inside < 400 || inside * 10 < pageParagraphText * 6)
        {
            return null;
        }
        var paragraphs = TextBlocks(marked[0], skipChrome: true);
        return paragraphs.Count == 0 ? null : paragraphs;
    }

    /// <summary>
    /// The story found by paragraph density when the markup does not mark it: the element whose own <c>&lt;p&gt;</c> children hold
    /// most of the page's paragraph text, widened to the ancestors that add little paragraph text (its headline, byline and a standfirst kept in a header block).
    /// Null when no single block is clearly the story (paragraphs split across blocks, little text), so SmartReader decides.
    /// </summary>
    public static List<string>? DenseArticle(IHtmlDocument document, List<IElement> pageParagraphs, int[] paragraphLengths)
    {
        var pageParagraphText = paragraphLengths.Sum();
        if (pageParagraphText < 400 || document.Body is not { } body)
        {
            return null;
        }
        // One pass over the paragraphs: text held by each element's own <p> children, and by all <p> below each element.
        var own = new Dictionary<IElement, int>();
        var below = new Dictionary<IElement, int>();
        IElement? best = null;
        var bestText = 0;
        for (var i = 0; i < pageParagraphs.Count; i++)
        {
            if (pageParagraphs[i].ParentElement is not { } parent)
            {
                continue;
            }
            var length = paragraphLengths[i];
            var sum = own.GetValueOrDefault(parent) + length;
            own[parent] = sum;
            if (sum > bestText)
            {
                best = parent;
                bestText = sum;
            }
            // A story sits a few levels above its paragraphs; the cap keeps hostile deep nesting from making this quadratic.
            var levels = 0;
            for (var ancestor = parent; ancestor is not null && ancestor != body && levels++ < 32; ancestor = ancestor.ParentElement)
            {
                below[ancestor] = below.GetValueOrDefault(ancestor) + length;
            }
        }
        if (best is null || best == body || bestText < 400 || bestText * 10 < pageParagraphText * 7 || below.GetValueOrDefault(best) * 10 > bestText * 11
            || best.Closest("nav, footer, aside, form, li, td, a") is not null)
        {
            return null;
        }
        var story = best;
        // Only through sectioning blocks: an unclosed inline element (an <a>, a <font>) can wrap the rest of a broken page.
        while (story.ParentElement is { } parent && parent != body && Sections.Contains(parent.LocalName)
            && AddsOnlyHeading(parent, story, below))
        {
            story = parent;
        }
        var paragraphs = TextBlocks(story, skipChrome: true);
        return paragraphs.Count == 0 ? null : paragraphs;
    }

    // A parent adds nothing but the story's own head: no more paragraph text, or a little (a standfirst) next to the headline
    // that the story so far lacks. Paragraphs beside a story that already has its headline are a sidebar's.
    private static bool AddsOnlyHeading(IElement parent, IElement story, Dictionary<IElement, int> below)
    {
        var extra = below.GetValueOrDefault(parent) - below.GetValueOrDefault(story);
        return extra == 0
            || (extra * 20 <= below.GetValueOrDefault(story) * 3 && parent.QuerySelector("h1") is { } heading && !story.Contains(heading));
    }

    /// <summary>
    /// SmartReader's time grows faster than the page's paragraphs (5,000 one-word paragraphs took 6 s); a page with more
    /// than this is read from its paragraphs instead. Long real articles have a few hundred.
    /// </summary>
    public const int MaxMainContentParagraphs = 2000;

    /// <summary>
    /// Main content found by SmartReader on the parsed page (which it changes), or null when it found none. Throws
    /// <see cref="OperationCanceledException"/> soon after <paramref name="budget"/> is cancelled.
    /// </summary>
    public static List<string>? MainContent(IHtmlDocument document, string? url, CancellationToken budget = default)
    {
        // Nothing in these is ever article text; removing them first spares SmartReader most of a page's nodes.
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, svg, iframe, nav, footer, aside, form, link, meta").ToList())
        {
            element.Remove();
        }
        IElement? content = null;
        var reader = new Reader(AbsoluteUrl(url), document)
        {
            // Metadata is read beforehand from the untouched page; SmartReader's default visibility test computes CSS styles.
            DisableJSONLD = true,
            // Asked of every node SmartReader walks, so also where a read past its time budget stops.
            IsNodeVisible = element =>
            {
                budget.ThrowIfCancellationRequested();
                return !element.HasAttribute("hidden") && element.GetAttribute("aria-hidden") != "true";
            },
        };
        reader.AddCustomOperationEnd(element => content = element);
        var article = reader.GetArticle();
        if (content is null || !article.Completed)
        {
            return null;
        }
        var paragraphs = TextBlocks(content, skipChrome: false);
        return paragraphs.Count == 0 ? null : paragraphs;
    }

    /// <summary>The body's text blocks, leaving out navigation, footers, cookie banners, share bars and link lists.</summary>
    public static List<string> BodyBlocks(IHtmlDocument document) =>
        document.Body is null ? [] : TextBlocks(document.Body, skipChrome: true);

    private static string AbsoluteUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.ToString()
            : "https://article.invalid/";

    private static List<string> TextBlocks(IElement root, bool skipChrome)
    {
        var walker = new BlockWalker(skipChrome);
        walker.Walk(root);
        walker.Flush();
        return walker.Paragraphs;
    }

    private sealed class BlockWalker(bool skipChrome)
    {
        private readonly StringBuilder _buffer = new();
        private int _linkChars;
        private int _linkDepth;

        public List<string> Paragraphs { get; } = [];

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        _buffer.Append(text.Data);
                        if (_linkDepth > 0)
                        {
                            _linkChars += text.Data.Length;
                        }
                        break;
                    case IElement element:
                        Visit(element);
                        break;
                }
            }
        }

        private void Visit(IElement element)
        {
            var tag = element.LocalName;
            if (Skipped.Contains(tag) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
            {
                return;
            }
            if (skipChrome && (Chrome.Contains(tag) || IsChrome(element)))
            {
                Flush();
                return;
            }
            if (tag == "br")
            {
                Flush();
                return;
            }
            var block = Blocks.Contains(tag);
            if (block)
            {
                Flush();
            }
            var link = tag == "a";
            if (link)
            {
                _linkDepth++;
            }
            Walk(element);
            if (link)
            {
                _linkDepth--;
            }
            if (block)
            {
                Flush();
            }
        }

        public void Flush()
        {
            if (_buffer.Length == 0)
            {
                return;
            }
            var text = ArticleParagraphs.Normalize(_buffer.ToString());
            var linkShare = _buffer.Length == 0 ? 0 : (double)_linkChars / _buffer.Length;
            _buffer.Clear();
            _linkChars = 0;
            // Outside a found article, a block that is nearly all link text is navigation or a related-stories list.
            if (text.Length > 0 && !(skipChrome && linkShare > 0.6))
            {
                Paragraphs.Add(text);
            }
        }

        private static bool IsChrome(IElement element)
        {
            var role = element.GetAttribute("role");
            if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alert" or "search")
            {
                return true;
            }
            // A site header outside the article (the article's own <header> holds its headline and lede).
            if (element.LocalName == "header" && element.Closest("article, main") is null)
            {
                return true;
            }
            var names = element.ClassName + " " + element.Id;
            return names.Length > 1 && ChromeName().IsMatch(names);
        }
    }

    [GeneratedRegex(@"(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|banner|related|share|sharing|social|comments?|footer|nav|navbar|navigation|menu|sidebar|promo|advert|advertisement|ad|ads|adslot|newsletter|subscribe|subscription|breadcrumbs?|popup|modal|widget|recommended|recommendations|trending|most-read|popular|tags|paywall|outbrain|taboola)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeName();
}
