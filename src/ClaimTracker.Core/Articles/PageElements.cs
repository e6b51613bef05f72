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
        // Pre-order without recursion (hostile pages nest deeply), by child index: AngleSharp finds an element's next
        // sibling by searching its parent's children, so walking by siblings cost the square of a wide page (20,000
        // paragraphs: 11 s).
        found.Visit(root);
        var pending = new Stack<(INodeList Children, int Next)>();
        pending.Push((root.ChildNodes, 0));
        while (pending.Count > 0)
        {
            var (children, next) = pending.Pop();
            if (next >= children.Length)
            {
                continue;
            }
            pending.Push((children, next + 1));
            if (children[next] is IElement element)
            {
                found.Visit(element);
                pending.Push((element.ChildNodes, 0));
            }
        }
        return found;
    }

    private void Visit(IElement element)
    {
        var name = element.LocalName;
        if (name == "p")
        {
            Paragraphs.Add(element);
        }
        else if (name == "article")
        {
            Articles.Add(element);
        }
        if (element.Attributes.Length > 0 && element.GetAttribute("itemprop") == "articleBody")
        {
            ArticleBodies.Add(element);
        }
    }
}
