namespace ClaimTracker.Core.Articles;

/// <summary>
/// The tags of raw HTML, in order, found without parsing: comments, doctypes and processing instructions are skipped,
/// and the content of script, style and the other raw-text elements is not looked into. Cheap enough to run on every
/// upload before the real parser, to measure what the parser would face.
/// </summary>
internal ref struct HtmlTagScan(string html)
{
    // Their content is text, not markup: a '<' inside does not open anything.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    private readonly string html = html;
    private int position;

    /// <summary>The tag's name as written.</summary>
    public ReadOnlySpan<char> Name { get; private set; }

    /// <summary>An end tag (<c>&lt;/b&gt;</c>).</summary>
    public bool IsEnd { get; private set; }

    /// <summary>A start tag written self-closing (<c>&lt;br/&gt;</c>).</summary>
    public bool IsSelfClosing { get; private set; }

    /// <summary>A start tag of script, style or another element whose content was skipped up to its end tag.</summary>
    public bool IsRawText { get; private set; }

    /// <summary>Moves to the next tag; false at the end of the markup (or where a tag is left unfinished).</summary>
    public bool Next()
    {
        var i = position;
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
            Name = html.AsSpan(nameStart, nameEnd - nameStart);
            IsEnd = closing;
            IsSelfClosing = !closing && html[end - 1] == '/';
            var rawName = "";
            IsRawText = !closing && RawTextName(Name, out rawName);
            if (IsRawText)
            {
                var close = html.IndexOf("</" + rawName, end + 1, StringComparison.OrdinalIgnoreCase);
                end = close < 0 ? html.Length - 1 : close + 1;
            }
            position = end + 1;
            return true;
        }
        return false;
    }

    private static bool RawTextName(ReadOnlySpan<char> name, out string rawName)
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
        return false;
    }
}
