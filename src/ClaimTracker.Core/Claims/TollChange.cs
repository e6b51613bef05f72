using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A toll moving between two figures is two counts, not a range: "the death toll climbed from 558 to 569" is an
/// earlier total and the new one; "the overall toll since March 2024 to 2,900" is a year and a count. The number
/// recogniser joins both as "from X to Y" / "X to Y" ranges; this splits them back into their ends.
/// Golden cases: toll_climbed_from_to, taking_the_toll_to, raised_the_toll_from_to.
/// </summary>
internal static class TollChange
{
    private static readonly WordSet ChangeVerbs = WordLists.Set("changeVerbs");

    // "raised the toll from 27 to 31": the toll itself right before the pair.
    private static readonly WordSet TollWords = WordLists.Set("tollWords");

    // "rose on Monday from nine to 23", "raising its toll from 326", "raising the number of injured from 12": a time
    // or the toll itself may stand between the verb of change and "from" (counts.json changeBridges).
    private static readonly WordSet Bridges = WordLists.Set("changeBridges");

    private const int BridgeReach = 6;

    /// <summary>Adds the counts a number stands for to <paramref name="into"/>: its two ends when it is a toll's change.</summary>
    public static void AddCounts(string text, NumberMention number, List<NumberMention> into)
    {
        if (number.Kind != NumberKind.Range || number.Bounds.Count != 2)
        {
            into.Add(number);
            return;
        }
        var (low, high) = (number.Bounds[0], number.Bounds[1]);
        if (low.IsYearLike && !high.IsYearLike)
        {
            // "since March 2024 to 2,900": the year dates the toll, the second figure is the count.
            into.Add(high);
            return;
        }
        if (number.QualifierText is { } from && from.Equals("from", StringComparison.OrdinalIgnoreCase) && (ChangeBefore(text, number.MentionStart) || TollWords.Contains(WordBefore(text, number.MentionStart))))
        {
            into.Add(low);
            into.Add(high);
            return;
        }
        into.Add(number);
    }

    /// <summary>
    /// Whether a verb of change stands before "from" at <paramref name="from"/>: right before it ("climbed from"), or
    /// past up to six words of time or of the toll itself ("rose on Monday from", "raising its toll from", "raising the
    /// number of injured from"). Golden case: toll_rose_on_a_day_from.
    /// </summary>
    internal static bool ChangeBefore(string text, int from)
    {
        var at = from;
        for (var i = 0; i <= BridgeReach; i++)
        {
            var word = WordBefore(text, at);
            if (word.IsEmpty)
            {
                return false;
            }
            if (ChangeVerbs.Contains(word))
            {
                return true;
            }
            if (!Bridges.Contains(word))
            {
                return false;
            }
            at = text.AsSpan(0, at).TrimEnd().Length - word.Length;
        }
        return false;
    }

    /// <summary>The word right before <paramref name="at"/>, past spaces (empty when a digit or mark stands there).</summary>
    internal static ReadOnlySpan<char> WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return text.AsSpan(start, end - start);
    }
}
