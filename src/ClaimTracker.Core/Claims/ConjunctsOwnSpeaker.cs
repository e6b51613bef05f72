namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The fighting has killed more than 600 people in Lebanon, according to an AP tally, and about 50 in Israel,
/// Israeli authorities say": a frame that closes one conjunct (a coordinator follows it) speaks
/// for that conjunct only; a figure of the next conjunct belongs to the speaker that closes its own clause after it,
/// not to the nearest frame before it. The frame before may be read twice ("according to an AP tally" is also the AP's
/// tally), so what marks it as closing a conjunct is the coordinator right after it. Golden case:
/// each_conjunct_keeps_its_own_speaker.
/// </summary>
internal static class ConjunctsOwnSpeaker
{
    /// <summary><paramref name="after"/> when <paramref name="before"/> closes an earlier conjunct and <paramref name="after"/> closes the figure's own; else null.</summary>
    public static Attributor? Find(string text, Attributor? before, Attributor? after, int figureStart, int figureEnd)
    {
        if (before is null || after is null || after.Source is null)
        {
            return null;
        }
        var beforeCloses = Math.Max(before.End, before.Position);
        var afterOpens = Math.Min(after.Start, after.Position);
        return beforeCloses < figureStart && Coordinated(text, beforeCloses, figureStart)
            && CommaBefore(text, afterOpens) && !HasFigure(text, figureEnd, afterOpens) ? after : null;
    }

    // The frame after the figure trails its clause: a comma right before it (also read by OtherSidesConjunct).
    internal static bool CommaBefore(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }
        return k >= 0 && text[k] == ',';
    }

    // ", and", ", while", "; ": the next conjunct opens between the frame and the figure, after at most the frame's
    // last few words (an owner's count is read up to its owner: "an AP| tally").
    private static bool Coordinated(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from);
        for (var words = 0; words < FrameTail && between.TrimStart().Length > 0 && char.IsLetter(between.TrimStart()[0]); words++)
        {
            between = between.TrimStart();
            var wordEnd = 0;
            while (wordEnd < between.Length && char.IsLetter(between[wordEnd]))
            {
                wordEnd++;
            }
            between = between[wordEnd..];
        }
        between = between.TrimStart();
        return between.StartsWith(";") || between.StartsWith(", and ", StringComparison.Ordinal)
            || between.StartsWith(", while ", StringComparison.Ordinal) || between.StartsWith(", but ", StringComparison.Ordinal);
    }

    private const int FrameTail = 2;

    private static bool HasFigure(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsDigit(text[i]) || text[i] == ';')
            {
                return true;
            }
        }
        return false;
    }
}
