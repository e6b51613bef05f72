using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Articles;

/// <summary>
/// The extractor's half of page furniture: the reader removes whole furniture paragraphs from a page (the other file
/// of this class); what a plain text keeps of it, inside sentences the extractor reads, is marked here so no claim is
/// read from it: menus ("Home | News | Sport"), copyright lines, "Read more:" links, and the headline lists under
/// "Related", "Popular", "Most read" and the like. Golden cases: related_list_is_furniture, not_page_furniture,
/// bullets_under_a_colon_line, bullets_under_a_section_heading, summary_bullets_under_a_plain_lead_in,
/// related_links_after_summary_bullets.
/// </summary>
internal static partial class PageFurniture
{
    private static readonly string[] ListLabels =
    [
        "related", "related articles", "related stories", "related news", "read more", "read also", "see also", "more on this story",
        "you may also like", "you might also like", "most read", "most popular", "popular", "latest", "latest news", "trending",
        "recommended", "more stories", "more from", "also read", "now reading", "last materials", "top stories", "editor's picks",
    ];

    // Asked of every sentence: one hashed look-up, as case-insensitive as the comparison of each label in turn was.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListLabelLookup =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(ListLabels, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Both searched in one vectorised pass over the sentence rather than one pass each.
    private static readonly System.Buffers.SearchValues<string> CopyrightWords =
        System.Buffers.SearchValues.Create(["copyright", "all rights reserved"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] LinePrefixes = ["read more:", "read also:", "see also:", "related:", "watch:", "listen:", "subscribe", "sign up", "follow us"];

    // The prefixes' first letters in both cases: a sentence opening with any other ASCII character starts with none of
    // them, so the case-insensitive compare of each prefix is skipped. A character outside ASCII still goes through the
    // compare, since OrdinalIgnoreCase may fold it onto an ASCII letter (the long 's').
    private static readonly System.Buffers.SearchValues<char> LinePrefixFirsts = System.Buffers.SearchValues.Create(
        string.Concat(LinePrefixes.Select(p => $"{char.ToLowerInvariant(p[0])}{char.ToUpperInvariant(p[0])}")));

    public static void MarkSentences(string text, List<Sentence> sentences)
    {
        var inList = false;
        var introduced = false;
        var sectioned = false;
        var prose = false;
        var line = -1;
        var paragraph = -1;
        foreach (var sentence in sentences)
        {
            var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim();
            if (sentence.Paragraph != paragraph && sentence.Line != line)
            {
                // A blank line ends a list unless the list carries on under it with headline-like lines.
                inList &= sentence.IsHeading;
            }
            paragraph = sentence.Paragraph;
            line = sentence.Line;
            if (IsListLabel(span))
            {
                inList = true;
                sentence.IsFurniture = true;
                continue;
            }
            if (inList && (sentence.IsHeading || !EndsLikeProse(span)))
            {
                sentence.IsFurniture = true;
                continue;
            }
            inList = false;
            // "Casualties so far:" then "- 1,204 killed": bullets under a line that announces them with a colon are the
            // article's own list, not headline links (golden case bullets_under_a_colon_line).
            if ((introduced || (sectioned && IsFigureFirstRow(span))) && IsBullet(span))
            {
                continue;
            }
            // "Killed and Missing" or "How many people have fled their homes?" over "- 55,730: martyrs and missing": an
            // explainer's crosshead in the body heads a fact list of its own, each row a figure, a colon and its label
            // (FigureFirstRow); a headline link does not open so. A box above the first paragraph is not read so, and a
            // figure bullet with no colon ("- 1,057 medical staff killed") reads as a headline link still.
            sectioned = prose && (sentence.IsHeading || (span.Length > 0 && span[^1] == '?'));
            prose |= !sentence.IsHeading && EndsLikeProse(span) && !IsBullet(span);
            // A live page's "Summary" or "What we know" line announces its bullets as a colon line does.
            introduced = span.Length > 0 && (span[^1] == ':' || (sentence.IsHeading && (OpensASection(span) || SummaryLeadIn.Is(span))));
            if (IsFurnitureSentence(span))
            {
                sentence.IsFurniture = true;
            }
        }
    }

    // "HIGHLIGHTS", "MOVEMENTS (IOM DTM, 14 April)": a report's own section heading, its first word in capitals, announces
    // the bullets under it as a colon line does (a related-links label was caught above as a list label).
    private static bool OpensASection(ReadOnlySpan<char> line)
    {
        var end = line.IndexOfAny(' ', '(', ':');
        var first = end < 0 ? line : line[..end];
        return first.Length >= 3 && !first.ContainsAnyExcept(UpperLetters);
    }

    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // "- 55,730: martyrs and missing", "- 10.7 million: internally displaced": a figure (and its unit word) then a colon.
    private static bool IsFigureFirstRow(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (line.Length < 3 || !char.IsDigit(line[2]) || colon < 3)
        {
            return false;
        }
        var figure = line[2..colon].TrimEnd();
        var space = figure.IndexOf(' ');
        // "10.7 million": one unit word after the digits at most; "11,000-12,000": a range.
        return !figure[..(space < 0 ? figure.Length : space)].ContainsAnyExcept("0123456789,.-–".AsSpan())
            && (space < 0 || !figure[(space + 1)..].ContainsAnyExcept(LowerLetters));
    }

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    internal static bool IsBullet(ReadOnlySpan<char> line) => line.Length > 2 && line[0] is '-' or '•' or '*' or '·' && line[1] == ' ';

    private static bool IsListLabel(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd(":>».…").Trim();
        return ListLabelLookup.Contains(trimmed);
    }

    private static bool IsFurnitureSentence(ReadOnlySpan<char> line)
    {
        // Furniture lines are short; a paragraph of prose is not looked through.
        if (line.Length > 240)
        {
            return false;
        }
        if (MayOpenWithPrefix(line))
        {
            foreach (var prefix in LinePrefixes)
            {
                if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        if (line.ContainsAny(CopyrightWords) || line.Contains('©'))
        {
            return true;
        }
        // Menus: "Home | World | Sport", bulleted headline links.
        if (line.Count('|') >= 2)
        {
            return true;
        }
        // "- Killed: 41", a bulleted row of a casualty list, is the article's figure, not a link.
        return IsBullet(line) && !EndsLikeProse(line) && !SentenceSplitter.IsListRow(line) && !LabelledFactBullet.Is(line);
    }

    private static bool MayOpenWithPrefix(ReadOnlySpan<char> line) => line.Length > 0 && (line[0] > '\x7f' || LinePrefixFirsts.Contains(line[0]));

    private static bool EndsLikeProse(ReadOnlySpan<char> line) => line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '”';
}
