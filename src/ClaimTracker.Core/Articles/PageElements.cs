using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ClaimTracker.Core.Articles;

/// <summary>
/// The elements the reader looks for on a page, in document order, gathered in one walk of the tree rather than one
/// selector query each: paragraphs, &lt;article&gt; elements and elements marked <c>itemprop="articleBody"</c>.
/// </summary>
internal sealed class PageElements
{
    public List<IElement> Paragraphs { get; } = [];

    public List<IElement> Articles { get; } = [];

    public List<IElement> ArticleBodies { get; } = [];

    public static PageElements From(IHtmlDocument document)
    {
        var found = new PageElements();
        if (document.DocumentElement is not { } root)
        {
            return found;
        }
        // Pre-order without recursion: hostile pages nest deeply.
        for (IElement? element = root; element is not null;)
        {
            var name = element.LocalName;
            if (name == "p")
            {
                found.Paragraphs.Add(element);
            }
            else if (name == "article")
            {
                found.Articles.Add(element);
            }
            if (element.Attributes.Length > 0 && element.GetAttribute("itemprop") == "articleBody")
            {
                found.ArticleBodies.Add(element);
            }
            if (element.FirstElementChild is { } child)
            {
                element = child;
                continue;
            }
            while (element is not null && element != root && element.NextElementSibling is null)
            {
                element = element.ParentElement;
            }
            element = element is null || element == root ? null : element.NextElementSibling;
        }
        return found;
    }
}
