using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "in line with that of the National Intelligence Service, which told lawmakers last month that about 300 had been
/// killed", "according to the Sudan Doctors Network, which said on Sunday that": a relative pronoun right after a body's
/// name and a comma is the subject of the reporting verb, so the body it refers to speaks. Golden case:
/// body_which_told_lawmakers_speaks.
/// </summary>
internal sealed class WhichToldSpeaker : AttributionFrame
{
    public static readonly WhichToldSpeaker Frame = new();

    private static readonly WordSet Relatives = new("which", "who");

    private WhichToldSpeaker()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (cue < 3 || !tokens[cue - 1].IsWord || !Relatives.Contains(AttributionFinder.Word(text, tokens[cue - 1]))
            || tokens[cue - 2].IsWord || text[tokens[cue - 2].Start] != ',')
        {
            return false;
        }
        foreach (var mention in AttributionFinder.MentionsEndingAt(mentions, tokens[cue - 3].End))
        {
            var start = cue - 3;
            while (start > 0 && tokens[start].Start > mention.Start)
            {
                start--;
            }
            AttributionFinder.Add(text, tokens, start, cue - 3, AttributorCue.Verb, tokens[cue].Start, mentions, into);
            return true;
        }
        return false;
    }
}
