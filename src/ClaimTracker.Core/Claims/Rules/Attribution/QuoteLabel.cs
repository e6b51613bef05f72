using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Quote from Klitschko: "Six people were killed …"": a live page's label opening a line names the speaker of the
/// quote after its colon. Ukrainska Pravda sets every quotation so, under a "Source:" line listing several bodies; without
/// this frame the figures in the quote took the note's first body (Unseen66 pravda-kyiv, the State Emergency Service for
/// the mayor's six). Only a label that opens its line: "a quote from the minister" inside a sentence introduces no one.
/// Word lists: attribution.json quoteLabelNouns, quoteLabelLinks. Tests: QuoteLabelTests. Golden case: a_quote_from_label_names_its_speaker.
/// </summary>
internal sealed class QuoteLabel : AttributionFrame
{
    public static readonly QuoteLabel Frame = new();

    // The speaker's words between the link and the colon: "Kyiv Mayor Vitali Klitschko".
    private const int MaxNameTokens = 8;

    /// <summary>The cue words this frame reads.</summary>
    public static readonly WordSet Nouns = WordLists.Set("quoteLabelNouns");
    private static readonly WordSet Links = WordLists.Set("quoteLabelLinks");

    private QuoteLabel()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (!OpensLine(text, tokens[cue]) || cue + 3 >= tokens.Count || !tokens[cue + 1].IsWord || !Links.Contains(AttributionFinder.Word(text, tokens[cue + 1])))
        {
            return false;
        }
        for (var k = cue + 2; k < tokens.Count && k - cue - 2 <= MaxNameTokens; k++)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] == ':')
            {
                if (k == cue + 2)
                {
                    return false;
                }
                AttributionFinder.Add(text, tokens, cue + 2, k - 1, AttributorCue.Verb, tokens[cue].Start, mentions, into);
                return true;
            }
            if (!tokens[k].IsWord && text[tokens[k].Start] is not ('.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }
        return false;
    }

    // The label stands at the start of its line (or of the text).
    private static bool OpensLine(string text, Token t) => t.Start == 0 || text[t.Start - 1] == '\n';
}
