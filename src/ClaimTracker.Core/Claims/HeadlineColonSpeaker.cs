using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "N. Korean troops in Russia have suffered about 1,100 casualties: Seoul military", "50 Palestinians killed in
/// Israeli airstrikes in Gaza: health ministry": a headline names its speaker after a last colon, with no reporting
/// verb (the wire and agency headline form; Unseen23 kyodo-jcs-north-korea-casualties). The words after the colon are
/// read as after "according to", and credit the headline's figures before it, when they are a few words with no
/// figure that name a body (a registry name, or a description such as "health ministry" that the anaphor rules
/// resolve). "Ministry: 81 killed since dawn" (the speaker before the colon) and "Gaza: live updates" name no speaker
/// after it. Golden case: headline_names_its_speaker_after_a_colon. Ukrainian and Russian agency headlines put a spaced
/// dash where the wires put the colon ("… with 62 soldiers killed – Kostin", "Ukraine's losses in Kursk top 37,350 troops
/// - Russian MoD", "War is costing some $600m a week — Bank of Israel"; Unseen79 pravda-prosecutors-executions, Unseen72
/// tass-russian-mod-kursk-losses, Unseen63 liga-budanov, Unseen78 timesofisrael-bank-of-israel): the same reading after
/// the last spaced dash. Golden case: headline_names_its_speaker_after_a_dash.
/// </summary>
internal static class HeadlineColonSpeaker
{
    private const int MaxWords = 5;

    /// <summary>Adds the speaker a headline names after its last colon to <paramref name="into"/>, if any.</summary>
    public static void Read(string text, Sentence sentence, List<Token> tokens, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (into.Count > 0 || !RepeatedClaims.ReadsAsHeadline(text, sentence) || ColonBeforeSpeaker(text, tokens) is not { } colon)
        {
            return;
        }
        var before = into.Count;
        AttributionFinder.AddForward(text, tokens, colon + 1, AttributorCue.AccordingTo, tokens[colon].Start, mentions, into);
        if (into.Count > before && (into[^1].End < tokens[^1].End || (into[^1].Source is null && !into[^1].IsAnaphor && BareMinistry.AsAnaphor(into[^1].Text) is null)))
        {
            // Not the whole tail, or words that name nobody ("what we know").
            into.RemoveAt(into.Count - 1);
        }
    }

    /// <summary>
    /// Whether the attributor was read after a headline's colon: it credits that line's figures only and opens no
    /// scope, so the next headline or the lede is not its speaker's ("…: Seoul military" over "Russian strikes kill 5 in
    /// Kharkiv region: live updates").
    /// </summary>
    public static bool Is(string text, Attributor attributor) => attributor.Position < text.Length && IsMark(text, attributor.Position);

    /// <summary>Whether <paramref name="mention"/> is the speaker a headline names after its last colon.</summary>
    public static bool Names(string text, Sentence sentence, string? mention)
    {
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd();
        var colon = LastMark(line);
        return mention is not null && colon >= 0 && line[(colon + 1)..].Trim().Equals(mention.AsSpan().Trim(), StringComparison.Ordinal);
    }

    // The colon, or a dash with a space on each side ("killed – Kostin"), never a hyphen inside a word ("Al-Amal").
    private static bool IsMark(ReadOnlySpan<char> text, int at) =>
        text[at] == ':' || (text[at] is '–' or '—' or '-' && at > 0 && text[at - 1] == ' ' && at + 1 < text.Length && text[at + 1] == ' ');

    private static int LastMark(ReadOnlySpan<char> line)
    {
        for (var at = line.Length - 1; at >= 0; at--)
        {
            if (IsMark(line, at))
            {
                return at;
            }
        }
        return -1;
    }

    // The last colon (or spaced dash), with at least three words before it and one to MaxWords words, none a figure, after it.
    private static int? ColonBeforeSpeaker(string text, List<Token> tokens)
    {
        var colon = tokens.FindLastIndex(t => !t.IsWord && IsMark(text, t.Start));
        if (colon < 3 || colon == tokens.Count - 1)
        {
            return null;
        }
        var words = 0;
        for (var k = colon + 1; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && char.IsDigit(text[tokens[k].Start]))
            {
                return null;
            }
            words += tokens[k].IsWord ? 1 : 0;
        }
        return words is > 0 and <= MaxWords ? colon : null;
    }
}
