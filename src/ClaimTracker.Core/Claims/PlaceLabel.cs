namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Gaza: 31 killed in past day, ministry says" under a live page about Lebanon: a heading that opens on a place and a
/// colon says where its news is, as "In Gaza, the ministry said" does, so a bare "ministry" after it is that place's,
/// not the ministry the page named last (Unseen17 dw-lebanon-paramedics-live took Lebanon's). Only the whole label,
/// the sentence's first words, in headline case: an upper-case "BEIRUT:" is a dateline, which its own rules read.
/// Its cases (PlaceLabelTests): a place label picks its ministry; only a headline-case place opening on a colon is a label.
/// </summary>
internal static class PlaceLabel
{
    /// <summary>The nationality at token <paramref name="index"/> (<paramref name="length"/> tokens) is a heading's place label.</summary>
    public static bool Is(string text, List<Token> tokens, int index, int length)
    {
        var colon = index + length;
        if (index != 0 || colon >= tokens.Count || tokens[colon].IsWord || text[tokens[colon].Start] != ':')
        {
            return false;
        }
        var label = text.AsSpan(tokens[0].Start, tokens[colon - 1].End - tokens[0].Start);
        foreach (var c in label)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }
}
