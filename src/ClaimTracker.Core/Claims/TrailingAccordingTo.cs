using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A party official said the group had kept the truce, during which troops killed at least 170 people, according to
/// the health ministry": an "according to" that closes the figure's clause names where the figure comes from, ahead of
/// a speaker before it, who only frames or relays it. It holds no figure across another one ("the agency says 40,000
/// have died, while 12 million have fled according to the IOM": the IOM's is the second only). Golden cases:
/// according_to_closes_a_speakers_clause, according_to_holds_only_the_figure_it_closes, according_to_two_bodies_keeps_the_speaker,
/// according_to_across_a_span_of_months (a span of time between is no figure).
/// A speaker before that is a count's keeper ("Estimates from the IOM suggest …, according to a UN spokesperson", "Data
/// gathered by WHO show …") is where the figure comes from, not a frame around it, so the relay after it does not take
/// the figure (golden case: a_counts_keeper_outranks_a_trailing_relay). An outlet after a body that speaks for itself
/// ("the health ministry reported that … had killed 54 people, according to a report by the BBC") only relays it: the
/// body keeps the figure (golden case: an_outlet_after_a_body_only_relays_it).
/// </summary>
internal static class TrailingAccordingTo
{
    /// <summary>The "according to" attributor after the figure that ends at <paramref name="figureEnd"/>, when a verb's speaker stands before it;
    /// the speaker itself when that cue is only an outlet relaying it; else null.</summary>
    public static Attributor? Find(string text, List<Attributor> own, Attributor? before, int figureEnd)
    {
        if (before is not { Cue: AttributorCue.Verb } || KeepsTheCount(before.Text))
        {
            return null;
        }
        var named = before.Source is { Kind: not SourceKind.Media } && !before.IsAnaphor;
        foreach (var a in own)
        {
            if (a.Cue == AttributorCue.AccordingTo && a.Position >= figureEnd)
            {
                if (OutletRelaysBody(a, before) && NothingBetween(text, figureEnd, a.Position))
                {
                    return before;
                }
                return a.Source is not null && !Coordinated(a) && NothingBetween(text, figureEnd, a.Position) && !(named && StatementOnly(text, a)) ? a : null;
            }
        }
        return null;
    }

    // A news outlet cited after a body's own verb carried the body's words; it gathered no figure of its own, and its
    // "a report by X" must not then pass for a fronted citation either. A speaker the registry does not know (local
    // officials, volunteers) leaves the outlet as the only named source.
    private static bool OutletRelaysBody(Attributor cue, Attributor before) =>
        cue.Source is { Kind: SourceKind.Media } && before.Source is { Kind: not SourceKind.Media };

    private static readonly WordSet KeeperWords = WordLists.Set("countKeeperWords");
    private static readonly WordSet KeptVerbs = WordLists.Set("countKeptVerbs");

    // "Estimates from X", "the latest data gathered by X": a count noun, an optional participle, then "by/from/of".
    internal static bool KeepsTheCount(string speaker)
    {
        // The first five words in place (a sixth range only says more follow), not an array of copies of every word:
        // asked of every verb speaker before a trailing citation (branch `speed27`).
        Span<Range> ranges = stackalloc Range[6];
        var length = speaker.AsSpan().Split(ranges, ' ', StringSplitOptions.RemoveEmptyEntries);
        var words = speaker.AsSpan();
        for (var k = 0; k + 1 < length && k < 3; k++)
        {
            if (CountCreditedAfter.Nouns.Contains(words[ranges[k]]))
            {
                var tie = KeptVerbs.Contains(words[ranges[k + 1]]) && k + 2 < length ? k + 2 : k + 1;
                return KeeperWords.Contains(words[ranges[tie]]);
            }
        }
        return false;
    }

    private static readonly WordSet DocumentWords = WordLists.Set("speakersDocumentWords");
    private static readonly WordSet DocumentLinks = WordLists.Set("speakersDocumentLinks");

    // "Budanov said about 80 were killed, according to the statement", "…, according to a statement from the
    // directorate": the cue names only the speaker's own document, no body of its own, so the named speaker before
    // keeps the figure (Unseen19 yonhap-lawmaker-budanov-briefing). "according to a statement from the health ministry"
    // names a body and still takes it. Golden case: a_named_officials_statement_is_their_bodys.
    private static bool StatementOnly(string text, Attributor a)
    {
        var words = text[a.Start..a.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var document = false;
        foreach (var w in words)
        {
            if (!char.IsLower(w[0]) || !(AttributionFinder.Determiners.Contains(w) || DocumentWords.Contains(w) || DocumentLinks.Contains(w) || ClaimLexicon.AnaphorNouns.Contains(w)))
            {
                return false;
            }
            document |= DocumentWords.Contains(w);
        }
        return document;
    }

    // "according to Lebanese and Syrian authorities": two bodies, neither of which is the figure's one source; the
    // speaker who gathered their counts keeps it (Unseen3's IOM figure).
    private static bool Coordinated(Attributor a) => a.Text.Contains(" and ", StringComparison.Ordinal);

    // No other figure and no semicolon between the figure and the cue: the cue closes this figure's clause.
    private static bool NothingBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == ';' || (char.IsDigit(text[i]) && (i = PastDuration(text, i, to)) < 0))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly WordSet DurationUnits = WordLists.Set("durationUnits");

    // "…, where more than 43,000 people have been killed in 13 months of war, according to the health ministry": a
    // number of days, weeks or months is the span the figure covers, no figure of its own the cue could hold instead
    // (attribution.json durationUnits; Unseen70 sowetan-reuters-unicef-200-children-lebanon; golden case
    // according_to_across_a_span_of_months). The end of the span's unit, or -1 when the number counts something else.
    private static int PastDuration(string text, int at, int to)
    {
        var end = at;
        while (end < to && char.IsDigit(text[end]))
        {
            end++;
        }
        if (end >= to || text[end] != ' ')
        {
            return -1;
        }
        var wordEnd = end + 1;
        while (wordEnd < to && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        return wordEnd > end + 1 && DurationUnits.Contains(text.AsSpan(end + 1, wordEnd - end - 1)) ? wordEnd - 1 : -1;
    }
}
