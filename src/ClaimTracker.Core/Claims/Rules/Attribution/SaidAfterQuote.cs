using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…,” said the ministry", "…, told the general": a reporting verb right after a comma, quote or dash, with no
/// apposition before it, has its speaker after it. Golden case: said_inverted.
/// </summary>
internal sealed class SaidAfterQuote : AttributionFrame
{
    public static readonly SaidAfterQuote Frame = new();

    private SaidAfterQuote()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var (verb, apposition) = SpeakerBefore.AfterAside(text, tokens, cue);
        var before = verb > 0 ? tokens[verb - 1] : default;
        if (!(verb > 0 && !before.IsWord && text[before.Start] is ',' or '”' or '"' or '’' or '—' or '–' && !apposition))
        {
            return false;
        }
        AttributionFinder.AddForward(text, tokens, verb + 1, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }
}
