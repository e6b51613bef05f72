using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Lebanon's health minister, Rami Haddad, said": the speaker named twice, the second time between commas right
/// before the verb, is the words before the commas (read by <see cref="AppositionSpeaker"/>). Golden case: apposition_minister_named.
/// </summary>
internal sealed class OuterApposition : AttributionFrame
{
    public static readonly OuterApposition Frame = new();

    private OuterApposition()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (AppositionSpeaker.Outer(text, tokens, cue, mentions) is not (>= 0 and var first, var last))
        {
            return false;
        }
        AttributionFinder.Add(text, tokens, first, last, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }
}
