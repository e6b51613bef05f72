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

    // Their content is text, not markup: a '<' inside does not open anything.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    /// <summary>True when unclosed elements pile up deeper than <see cref="MaxDepth"/> somewhere in <paramref name="html"/>.</summary>
    public static bool TooDeep(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!' || next == '?')
            {
                var close = next == '!' && html.AsSpan(i).StartsWith("<!--") ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i + 2);
                if (close < 0)
                {
                    return false;
                }
                i = close + 1;
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var end = html.IndexOf('>', nameEnd);
            if (end < 0)
            {
                return false;
            }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (closing)
            {
                if (!IsNonNesting(name) && depth > 0)
                {
                    depth--;
                }
            }
            else if (IsRawText(name, out var rawName))
            {
                var close = html.IndexOf("</" + rawName, end + 1, StringComparison.OrdinalIgnoreCase);
                end = close < 0 ? html.Length - 1 : close + 1;
            }
            else if (!IsNonNesting(name) && html[end - 1] != '/' && ++depth > MaxDepth)
            {
                return true;
            }
            i = end + 1;
        }
        return false;
    }

    private static bool IsNonNesting(ReadOnlySpan<char> name) =>
        name.Length <= 8 && NonNesting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    private static bool IsRawText(ReadOnlySpan<char> name, out string rawName)
    {
        rawName = "";
        // Most tags are none of these: tell by length and first letter before comparing names.
        if (name.Length is not (3 or 5 or 6 or 8) || (name[0] | 0x20) is not ('s' or 't' or 'x' or 'n'))
        {
            return false;
        }
        foreach (var candidate in RawText)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                rawName = candidate;
                return true;
            }
        }
        rawName = "";
        return false;
    }
}
