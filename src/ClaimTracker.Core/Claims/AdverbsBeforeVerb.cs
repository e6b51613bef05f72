namespace ClaimTracker.Core.Claims;

/// <summary>
/// "earlier put", "had later said": the lower-case adverbs (attribution.json attributorAdverbs) a frame reads past
/// between its speaker and the verb; a capitalised one ("Friday") may be a name and stops the walk. "has since
/// reported" is one of them (branch src56c): without "since" the frame was missed and the speaker carried from the
/// sentence before took the figure (Unseen84 ukparliament-written-answer-north-korean-troops-kursk, "The National
/// Intelligence Service has since reported that around 3,000 additional soldiers were sent"; "has since said" in
/// Unseen71 and Unseen74). Tests: AdverbsBeforeVerbTests.
/// </summary>
internal static class AdverbsBeforeVerb
{
    /// <summary>The index of the token before the verb at <paramref name="cue"/> and its adverbs.</summary>
    public static int Before(string text, List<Token> tokens, int cue)
    {
        var last = cue - 1;
        while (last > 0 && tokens[last].IsWord && ClaimLexicon.AttributorAdverbs.Contains(AttributionFinder.Word(text, tokens[last]))
               && !char.IsUpper(text[tokens[last].Start]))
        {
            last--;
        }
        return last;
    }
}
