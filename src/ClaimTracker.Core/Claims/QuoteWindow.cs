namespace ClaimTracker.Core.Claims;

/// <summary>
/// The quote a claim keeps: its sentence, or for a long sentence a window of it around the figure, cut at word
/// boundaries and marked with "…" where it was cut. Every claim stores its quote, so one long sentence with many
/// figures would otherwise be stored once per figure.
/// </summary>
internal static class QuoteWindow
{
    /// <summary>The longest quote kept, the cut marks included.</summary>
    public const int MaxLength = 600;

    public const string CutMark = "…";

    // A word boundary is looked for this far at most; past that the window is cut inside the word.
    private const int WordReach = 40;

    /// <summary>The quote for a figure at text[from..to] in the sentence text[start..end], and where its text starts.</summary>
    public static (string Quote, int Start) Around(string text, int start, int end, int from, int to)
    {
        if (end - start <= MaxLength)
        {
            return (text[start..end], start);
        }
        var room = MaxLength - 2 * CutMark.Length;
        from = Math.Clamp(from, start, end);
        to = Math.Clamp(Math.Max(to, from), from, Math.Min(end, from + room));
        // Centre the figure; what one side cannot use (the sentence starts or ends there) goes to the other.
        var left = Math.Max(start, from - (room - (to - from)) / 2);
        var right = Math.Min(end, left + room);
        left = Math.Max(start, right - room);

        if (left > start && !char.IsWhiteSpace(text[left - 1]))
        {
            var space = text.AsSpan(left, Math.Min(WordReach, from - left)).IndexOfAny(' ', '\n', '\t');
            left = space >= 0 ? left + space + 1 : left;
        }
        if (right < end && !char.IsWhiteSpace(text[right]))
        {
            var reach = Math.Min(WordReach, right - to);
            var space = text.AsSpan(right - reach, reach).LastIndexOfAny(' ', '\n', '\t');
            right = space >= 0 ? right - reach + space : right;
        }
        if (left < end && char.IsLowSurrogate(text[left]))
        {
            left++;
        }
        if (right > left && char.IsHighSurrogate(text[right - 1]))
        {
            right--;
        }
        while (left < from && char.IsWhiteSpace(text[left]))
        {
            left++;
        }
        while (right > to && char.IsWhiteSpace(text[right - 1]))
        {
            right--;
        }
        var quote = string.Concat(left > start ? CutMark : "", text.AsSpan(left, right - left), right < end ? CutMark : "");
        return (quote, left);
    }
}
