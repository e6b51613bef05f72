using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A Ukrainian intelligence assessment seen by CNN put the contingent at", "a report obtained by Reuters said",
/// "Documents reviewed by the AP show": the outlet that saw the document relays it; the document's author, the words
/// before the document noun, is the source, and with no author ("Documents") nobody is. Before this frame the name
/// after "by" was read as the speaker of the verb (Unseen31 japantimes range, issue 10's "a report seen by the
/// newspaper"). Words as data (attribution.json documentSeenParticiples, relayedDocuments). Golden case:
/// document_seen_by_an_outlet.
/// </summary>
internal sealed class DocumentSeenBy : AttributionFrame
{
    public static readonly DocumentSeenBy Frame = new();

    private static readonly WordSet Participles = WordLists.Set("documentSeenParticiples");
    private static readonly WordSet Documents = WordLists.Set("relayedDocuments");
    // "seen by the newspaper The Guardian": the outlet's words between "by" and the verb.
    private const int MaxOutlet = 6;

    private DocumentSeenBy()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var by = cue - 1;
        while (by > 0 && cue - by <= MaxOutlet && !AttributionFinder.Is(text, tokens[by], "by"))
        {
            by--;
        }
        if (by < 2 || !AttributionFinder.Is(text, tokens[by], "by") || !tokens[by - 1].IsWord
            || !Participles.Contains(AttributionFinder.Word(text, tokens[by - 1])))
        {
            return false;
        }
        var document = by - 2;
        if (!tokens[document].IsWord || !Documents.Contains(AttributionFinder.Word(text, tokens[document])))
        {
            return false;
        }
        var first = document;
        while (first - 1 >= 0 && tokens[first - 1].IsWord && !AttributionFinder.Determiners.Contains(AttributionFinder.Word(text, tokens[first - 1])))
        {
            first--;
        }
        // With no author the document itself speaks, for nobody: the speaker of the sentence before does not carry on.
        AttributionFinder.Add(text, tokens, first, first < document ? document - 1 : document, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }
}
