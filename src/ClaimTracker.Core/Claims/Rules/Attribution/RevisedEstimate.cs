using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korea's Joint Chiefs of Staff raised its own estimate of the casualties to 4,000": "estimate" is a noun here,
/// owned ("its", "their", perhaps "own") by the subject of the verb that revised it; that subject speaks, read as
/// <see cref="SpeakerBefore"/> reads a speaker before a verb. Golden case: raised_its_estimate_names_the_speaker.
/// </summary>
internal sealed class RevisedEstimate : AttributionFrame
{
    public static readonly RevisedEstimate Frame = new();

    private static readonly WordSet Revisions = WordLists.Set("estimateRevisions");
    private static readonly WordSet Owners = new("its", "their");

    private RevisedEstimate()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var k = cue - 1;
        if (k >= 0 && AttributionFinder.Is(text, tokens[k], "own"))
        {
            k--;
        }
        if (k < 1 || !tokens[k].IsWord || !Owners.Contains(AttributionFinder.Word(text, tokens[k]))
            || !tokens[k - 1].IsWord || !Revisions.Contains(AttributionFinder.Word(text, tokens[k - 1])))
        {
            return false;
        }
        return SpeakerBefore.Frame.Read(text, tokens, k - 1, mentions, into);
    }
}
