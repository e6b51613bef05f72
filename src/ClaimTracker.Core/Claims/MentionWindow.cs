using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// The registry mentions inside text[start..end] (or only those ending at <c>end</c>), in text order, found by a binary
/// search over the mentions sorted by start. A struct walked by <c>foreach</c>: the speaker tests ask it once per token
/// of a name, and the iterator pair it replaced was a twentieth of the extractor's allocation (issue 10 item 4).
/// </summary>
internal readonly struct MentionWindow(IReadOnlyList<SourceMention> mentions, int start, int end, bool endingAtEnd)
{
    public Enumerator GetEnumerator() => new(mentions, FirstAtOrAfter(mentions, start) - 1, end, endingAtEnd);

    private static int FirstAtOrAfter(IReadOnlyList<SourceMention> mentions, int start)
    {
        var lo = 0;
        var hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    public struct Enumerator(IReadOnlyList<SourceMention> mentions, int before, int end, bool endingAtEnd)
    {
        private int k = before;

        public readonly SourceMention Current => mentions[k];

        public bool MoveNext()
        {
            while (++k < mentions.Count && mentions[k].Start < end)
            {
                if (endingAtEnd ? mentions[k].End == end : mentions[k].End <= end)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
