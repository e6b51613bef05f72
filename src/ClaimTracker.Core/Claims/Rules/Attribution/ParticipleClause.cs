using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Rutte highlighted the toll, noting that …": a reporting verb in -ing after a comma or a closing quote has the
/// clause's subject as its speaker; after "…, the UN office said on Friday, warning that" the same speaker goes on.
/// Golden case: noting_that_the_subject_speaks.
/// </summary>
internal sealed class ParticipleClause : AttributionFrame
{
    public static readonly ParticipleClause Frame = new();

    private ParticipleClause()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var before = cue > 0 ? tokens[cue - 1] : default;
        if (!(cue > 0 && !before.IsWord && text[before.Start] is ',' or '”' or '"' or '’'
            && AttributionFinder.Word(text, tokens[cue]).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var position = tokens[cue].Start;
        if (into.Count > 0 && into[^1].Position < position && into[^1].Source is not null)
        {
            return true;
        }
        AddSubject(text, tokens, cue, position, mentions, into);
        return true;
    }

    private static void AddSubject(string text, List<Token> tokens, int verb, int position, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var start = 0;
        // Skip an opening phrase ("In Seoul, …").
        for (var k = 0; k < verb && k < 8; k++)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] == ',')
            {
                if (ClaimLexicon.IntroWords.Contains(AttributionFinder.Word(text, tokens[0])))
                {
                    start = k + 1;
                }
                break;
            }
        }
        var end = AttributionFinder.Forward(text, tokens, start, verb);
        if (end >= start)
        {
            AttributionFinder.Add(text, tokens, start, end, AttributorCue.Verb, position, mentions, into);
        }
    }
}
