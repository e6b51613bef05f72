namespace ClaimTracker.Web.Features.Articles;

/// <summary>
/// Splits an article's text into plain runs and claim numbers. Offsets are trusted when the text there is the
/// mention; otherwise the mention is found again from its prefix and suffix (as Hypothesis re-anchors annotations),
/// so highlights survive re-extraction. Overlapping or unplaceable claims are left unhighlighted.
/// </summary>
public static class ClaimHighlights
{
    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<ClaimAnchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(anchors);

        var placed = anchors
            .Select(a => (a.ClaimId, a.Repeat, Range: Locate(text, a)))
            .Where(x => x.Range is not null)
            .Select(x => (x.ClaimId, x.Repeat, Start: x.Range!.Value.Start, End: x.Range.Value.End))
            .OrderBy(x => x.Start).ThenBy(x => x.Repeat).ThenBy(x => x.ClaimId)
            .ToList();

        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var (claimId, repeat, start, end) in placed)
        {
            if (start < position)
            {
                continue; // overlaps the previous highlight (a headline repeat of the same words): keep the first
            }

            if (start > position)
            {
                segments.Add(new TextSegment(text[position..start]));
            }

            segments.Add(new TextSegment(text[start..end], claimId) { Repeat = repeat });
            position = end;
        }

        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..]));
        }

        return segments;
    }

    /// <summary>The claim's range in <paramref name="text"/>, or null when its words are not there.</summary>
    public static (int Start, int End)? Locate(string text, ClaimAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(anchor);
        var mention = anchor.MentionText;
        if (anchor.Start >= 0 && anchor.End <= text.Length && anchor.Start < anchor.End)
        {
            // The offsets may cover the bare number or the number with its qualifier; either still matches.
            var slice = text[anchor.Start..anchor.End];
            if (mention.Length == 0 || slice.Contains(mention, StringComparison.Ordinal) || mention.Contains(slice, StringComparison.Ordinal))
            {
                return (anchor.Start, anchor.End);
            }
        }

        if (mention.Length == 0)
        {
            return null;
        }

        var quoted = anchor.Prefix + mention + anchor.Suffix;
        var at = quoted.Length > mention.Length ? text.IndexOf(quoted, StringComparison.Ordinal) : -1;
        if (at >= 0)
        {
            return (at + anchor.Prefix.Length, at + anchor.Prefix.Length + mention.Length);
        }

        // Last resort: the occurrence of the bare mention nearest the old offset.
        var best = -1;
        for (var i = text.IndexOf(mention, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mention, i + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(i - anchor.Start) < Math.Abs(best - anchor.Start))
            {
                best = i;
            }
        }

        return best >= 0 ? (best, best + mention.Length) : null;
    }
}
