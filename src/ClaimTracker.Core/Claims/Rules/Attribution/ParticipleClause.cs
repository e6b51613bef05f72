using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Rutte highlighted the toll, noting that …": a reporting verb in -ing after a comma or a closing quote has the
/// clause's subject as its speaker; after "…, the UN office said on Friday, warning that" the same speaker goes on.
/// Golden cases: noting_that_the_subject_speaks, adding_that_continues_the_surname_speaker.
/// </summary>
internal sealed class ParticipleClause : AttributionFrame
{
    public static readonly ParticipleClause Frame = new();

    // " said on Friday, " at most, between a speaker's words and the participle.
    private const int SaidBeforeComma = 24;

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
        // "By Tuesday the toll had risen to 15, Karam said, adding that": the sentence's only speaker, just before the
        // comma, goes on, even one named by a surname the registry does not know; "The agency believes …, Park said,
        // adding that" keeps the clause's subject (Golden case: adding_that_continues_the_surname_speaker).
        if (into.Count > 0 && into[^1].Position < position
            && (into[^1].Source is not null || (into.Count == 1 && position - into[^1].End <= SaidBeforeComma)))
        {
            return true;
        }
        AddSubject(text, tokens, cue, position, mentions, into);
        return true;
    }

    private static void AddSubject(string text, List<Token> tokens, int verb, int position, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var start = WireDateline.SubjectStart(text, tokens, verb);
        // Skip an opening phrase ("In Seoul, …").
        for (var k = start; k < verb && k < start + 8; k++)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] == ',')
            {
                if (ClaimLexicon.IntroWords.Contains(AttributionFinder.Word(text, tokens[start])))
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
