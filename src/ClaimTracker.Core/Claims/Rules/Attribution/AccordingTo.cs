using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "according to X": the name that follows is the source. Golden cases: according_to_the_un,
/// according_to_a_described_registry_name, rwandan_troops_according_to_experts.
/// </summary>
internal sealed class AccordingTo : AttributionFrame
{
    public static readonly AccordingTo Frame = new();

    private AccordingTo()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (!AttributionFinder.Is(text, tokens[cue], "according") || cue + 1 >= tokens.Count || !AttributionFinder.Is(text, tokens[cue + 1], "to"))
        {
            return false;
        }
        AttributionFinder.AddForward(text, tokens, cue + 2, AttributorCue.AccordingTo, tokens[cue].Start, mentions, into);
        return true;
    }
}
