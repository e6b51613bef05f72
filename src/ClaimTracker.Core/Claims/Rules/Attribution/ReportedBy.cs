using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "were reported killed", "an estimated 11,000": a reporting verb after a passive or a determiner is no one
/// speaking, unless "reported by X"; any "said by X", "estimated by X" reads the name after "by", also past a time
/// between verb and agent ("reported early Wednesday by X", "confirmed on Monday by X": attribution.json agentTimeWords).
/// "X was quoted as saying (by Y)" reads X before "was" as the speaker.
/// Golden cases: reported_by_the_red_cross, displaced_crossed_fled_left_sheltering, quoted_as_saying_by_an_outlet_credits_no_outlet,
/// quoted_as_saying_names_the_one_quoted,
/// reported_at_a_time_by_a_network.
/// </summary>
internal sealed class ReportedBy : AttributionFrame
{
    public static readonly ReportedBy Frame = new();

    private static readonly WordSet Passive = WordLists.Set("passive");
    private static readonly WordSet AgentTimeWords = WordLists.Set("agentTimeWords");
    private const int MaxTimeWords = 4;

    private ReportedBy()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (QuotedAsSaying(text, tokens, cue) && QuotedSpeaker(text, tokens, cue, mentions, into))
        {
            return true;
        }
        var agent = AgentAfter(text, tokens, cue);
        var by = agent > 0;
        var before = cue > 0 ? tokens[cue - 1] : default;
        var passive = cue > 0 && before.IsWord
            && (Passive.Contains(AttributionFinder.Word(text, before)) || AttributionFinder.Determiners.Contains(AttributionFinder.Word(text, before)));
        if (!passive && !by)
        {
            return false;
        }
        if (by && !QuotedAsSaying(text, tokens, cue))
        {
            AttributionFinder.AddForward(text, tokens, agent, AttributorCue.Citing, tokens[cue].Start, mentions, into);
        }
        return true;
    }

    // "…, Hussein Chaabane, an investigative journalist with Legal Agenda, was quoted as saying by The Washington Post":
    // the one quoted is the speaker, read before "was" by the frames that read before any "said" (his apposition names
    // his body); the outlet only relays (Unseen28 afp-kunin-nabatieh-strikes-truce; golden case
    // quoted_as_saying_names_the_one_quoted).
    private static bool QuotedSpeaker(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var be = cue - 3;
        if (be < 1 || !tokens[be].IsWord || !BeForms.Contains(AttributionFinder.Word(text, tokens[be])))
        {
            return false;
        }
        foreach (var frame in AttributionFinder.VerbFrames)
        {
            if (frame != Frame && frame.Read(text, tokens, be, mentions, into))
            {
                return true;
            }
        }
        return true;
    }

    private static readonly WordSet BeForms = new("was", "were", "is", "are");

    // The first word after "by", with only a time between verb and "by" ("reported early Wednesday by"), or -1.
    private static int AgentAfter(string text, List<Token> tokens, int cue)
    {
        for (var k = cue + 1; k < tokens.Count && k <= cue + 1 + MaxTimeWords; k++)
        {
            if (AttributionFinder.Is(text, tokens[k], "by"))
            {
                return k + 1;
            }
            if (!tokens[k].IsWord || !AgentTimeWords.Contains(AttributionFinder.Word(text, tokens[k])))
            {
                return -1;
            }
        }
        return -1;
    }

    // "X was quoted as saying by The Washington Post": the outlet after "by" relays X's words; it is never the source
    // (golden case quoted_as_saying_by_an_outlet_credits_no_outlet; Unseen28 afp-kunin-nabatieh-strikes-truce).
    private static bool QuotedAsSaying(string text, List<Token> tokens, int cue) =>
        cue >= 2 && AttributionFinder.Is(text, tokens[cue - 1], "as")
        && (AttributionFinder.Is(text, tokens[cue - 2], "quoted") || AttributionFinder.Is(text, tokens[cue - 2], "cited"));
}
