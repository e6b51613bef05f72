namespace ClaimTracker.Core.Articles;

/// <summary>
/// How deep an HTML text nests its elements, measured on the raw markup before parsing. The HTML parser and the
/// main-content finder both slow down with the square of the depth (2,000 nested &lt;div&gt;s take seconds), so a page
/// nested deeper than any real article is refused up front instead of tying up the server.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>
    /// Real news pages rarely nest past 60 levels; at 128 the parser and SmartReader finish in well under a second
    /// even for hostile markup (Chromium itself flattens past 512).
    /// </summary>
    public const int MaxDepth = 128;

    // Elements that never have content, or whose end tag browsers imply: leaving them open does not nest anything.
    private static readonly HashSet<string> NonNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "tbody", "thead", "tfoot", "colgroup",
        "html", "head", "body",
    };

    /// <summary>True when unclosed elements pile up deeper than <see cref="MaxDepth"/> somewhere in <paramref name="html"/>.</summary>
    public static bool TooDeep(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var tags = new HtmlTagScan(html);
        while (tags.Next())
        {
            if (tags.IsEnd)
            {
                if (!IsNonNesting(tags.Name) && depth > 0)
                {
                    depth--;
                }
            }
            else if (!tags.IsRawText && !IsNonNesting(tags.Name) && !tags.IsSelfClosing && ++depth > MaxDepth)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNonNesting(ReadOnlySpan<char> name) =>
        name.Length <= 8 && NonNesting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
}
