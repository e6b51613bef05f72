using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Klymenko first gave that figure and then corrected it to four dead and 17 injured, before the State Emergency
/// Service put the number of dead at five": a correction chain. The figures after "corrected it to" are the corrected
/// figures of the body that opens the sentence (the subject of the whole verb chain), not of the speaker of the next
/// clause, whose own verb ("put … at") comes after them; before this frame the only attributor of the sentence was that
/// later speaker and the corrected figures took it (Unseen66 pravda-kyiv). Only a registry body that opens the sentence,
/// with no other body named before the verb, as <see cref="CoordinatedVerbSpeaker"/> reads "… and said". Word lists:
/// attribution.json figureCorrections, figureCorrectionAdverbs. Tests: CorrectedFigureTests. Golden case: corrected_figures_are_the_chains_subjects.
/// </summary>
internal sealed class CorrectedFigure : AttributionFrame
{
    public static readonly CorrectedFigure Frame = new();

    // "corrected it to", "revised the toll to", "corrected its figure to": the object before "to".
    private const int MaxObjectTokens = 4;

    /// <summary>The cue words this frame reads.</summary>
    public static readonly WordSet Verbs = WordLists.Set("figureCorrections");
    private static readonly WordSet Adverbs = WordLists.Set("figureCorrectionAdverbs");

    private CorrectedFigure()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (cue < 2 || !CorrectsToAFigure(text, tokens, cue))
        {
            return false;
        }
        var first = AttributionFinder.Is(text, tokens[0], "the") ? 1 : 0;
        SourceMention? opening = null;
        foreach (var mention in mentions)
        {
            if (mention.Start >= tokens[cue].Start)
            {
                break;
            }
            if (mention.Start < tokens[first].Start || mention.Source is null)
            {
                continue;
            }
            if (opening is not null || mention.Start != tokens[first].Start)
            {
                // Another body named between the subject and the verb: the chain is not plainly the opening body's.
                return false;
            }
            opening = mention;
        }
        if (opening is null || LastToken(tokens, first, opening.End, cue) is not (>= 0 and var last))
        {
            return false;
        }
        AttributionFinder.Add(text, tokens, first, last, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }

    // "… and then corrected it to": the verb after "and" (an adverb between at most), its object, then "to".
    private static bool CorrectsToAFigure(string text, List<Token> tokens, int cue)
    {
        var before = cue - 1;
        if (tokens[before].IsWord && Adverbs.Contains(AttributionFinder.Word(text, tokens[before])))
        {
            before--;
        }
        if (before < 1 || !AttributionFinder.Is(text, tokens[before], "and"))
        {
            return false;
        }
        for (var k = cue + 1; k < tokens.Count && k - cue <= MaxObjectTokens + 1; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
            if (AttributionFinder.Is(text, tokens[k], "to"))
            {
                return k > cue + 1;
            }
        }
        return false;
    }

    // The index of the token ending at the mention's end, before the verb; -1 when the mention does not end on a token.
    private static int LastToken(List<Token> tokens, int from, int end, int cue)
    {
        for (var k = from; k < cue; k++)
        {
            if (tokens[k].End == end)
            {
                return k;
            }
        }
        return -1;
    }
}
