using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "were reported killed", "an estimated 11,000": a reporting verb after a passive or a determiner is no one
/// speaking, unless "reported by X"; any "said by X", "estimated by X" reads the name after "by".
/// Golden cases: reported_by_the_red_cross, displaced_crossed_fled_left_sheltering, quoted_as_saying_by_an_outlet_credits_no_outlet.
/// </summary>
internal sealed class ReportedBy : AttributionFrame
{
    public static readonly ReportedBy Frame = new();

    private static readonly WordSet Passive = WordLists.Set("passive");

    private ReportedBy()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var by = cue + 1 < tokens.Count && AttributionFinder.Is(text, tokens[cue + 1], "by");
        var before = cue > 0 ? tokens[cue - 1] : default;
        var passive = cue > 0 && before.IsWord
            && (Passive.Contains(AttributionFinder.Word(text, before)) || AttributionFinder.Determiners.Contains(AttributionFinder.Word(text, before)));
        if (!passive && !by)
        {
            return false;
        }
        if (by && !QuotedAsSaying(text, tokens, cue))
        {
            AttributionFinder.AddForward(text, tokens, cue + 2, AttributorCue.Citing, tokens[cue].Start, mentions, into);
        }
        return true;
    }

    // "X was quoted as saying by The Washington Post": the outlet after "by" relays X's words; it is never the source
    // (golden case quoted_as_saying_by_an_outlet_credits_no_outlet; Unseen28 afp-kunin-nabatieh-strikes-truce).
    private static bool QuotedAsSaying(string text, List<Token> tokens, int cue) =>
        cue >= 2 && AttributionFinder.Is(text, tokens[cue - 1], "as")
        && (AttributionFinder.Is(text, tokens[cue - 2], "quoted") || AttributionFinder.Is(text, tokens[cue - 2], "cited"));
}
