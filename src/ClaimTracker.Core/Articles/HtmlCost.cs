using System.Globalization;

namespace ClaimTracker.Core.Articles;

/// <summary>
/// What a page would cost the HTML parser beyond its size, counted on the raw markup in one pass before parsing.
/// Each misnested formatting tag (<c>&lt;b&gt;&lt;i&gt;x&lt;/b&gt;&lt;/i&gt;</c>, an <c>&lt;a&gt;</c> inside an open
/// <c>&lt;a&gt;</c>) makes the parser re-arrange the tree it has built so far ("adoption agency"), so a page of nothing but
/// those costs the square of its length (1 MB took 29 s); and every element, even an empty unclosed <c>&lt;p&gt;</c>,
/// costs the parser and the main-content finder a node to walk (5 MB of them took 12 s).
/// </summary>
internal static class HtmlCost
{
    /// <summary>Sloppy real pages misnest a few dozen formatting tags; thousands only come from generated or hostile markup.</summary>
    public const int MaxMisnested = 1000;

    /// <summary>A long real article page has a few thousand elements; 100,000 one-word paragraphs take seconds to read.</summary>
    public const int MaxElements = 100_000;

    // The HTML standard's formatting elements: the ones the parser reopens and moves when they are closed out of order.
    private static readonly HashSet<string> Formatting = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Why <paramref name="html"/> is too expensive to parse, or null when it is not.</summary>
    public static string? Refusal(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var formatting = Formatting.GetAlternateLookup<ReadOnlySpan<char>>();
        // Open formatting elements, innermost last. Deep piles are HtmlNesting's to refuse; past that depth this only
        // has to stay cheap, so the oldest are forgotten.
        var open = new List<string>();
        var misnested = 0;
        var elements = 0;
        var tags = new HtmlTagScan(html);
        while (tags.Next())
        {
            if (!tags.IsEnd && ++elements > MaxElements)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"This HTML is too expensive to read: it has more than {MaxElements:N0} elements, far more than any article page. Paste the article's text instead.");
            }
            if (tags.IsRawText || !formatting.TryGetValue(tags.Name, out var known))
            {
                continue;
            }
            var at = open.LastIndexOf(known);
            // An end tag that is not the innermost one, or a second <a> inside an open one: the parser closes that
            // element and reopens the ones opened inside it, which stay open.
            var reopens = at >= 0 && (tags.IsEnd ? at < open.Count - 1 : known is "a" or "nobr");
            if (reopens && ++misnested > MaxMisnested)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"This HTML is too expensive to read: it closes formatting tags out of order (like <b><i>…</b></i>) more than {MaxMisnested:N0} times, which no article page does. Paste the article's text instead.");
            }
            if (at >= 0 && (tags.IsEnd || reopens))
            {
                open.RemoveAt(at);
            }
            if (!tags.IsEnd && !tags.IsSelfClosing)
            {
                if (open.Count >= HtmlNesting.MaxDepth)
                {
                    open.RemoveAt(0);
                }
                open.Add(known);
            }
        }
        return null;
    }
}
