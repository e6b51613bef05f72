using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A page's own summary at its top: the bullets under a summary lead-in ("In brief", "Key points:", "What we know so
/// far", "HIGHLIGHTS"), or the bullet list right after the headline and standfirst, before any body paragraph. Like the
/// headline, it is the outlet's digest of the body, and annotators list its figures as rows of their own, first in text
/// order: where headlines are kept apart (the CLI's <c>extract</c>, the gold sets), so are these bullets, else a bullet
/// folded into the body's claim made the scorer pair that claim with the bullet's row and miss the body's (Unseen69
/// novayagazeta "In brief", wtx "What we know so far"; Unseen16 aljazeera-beirut; Unseen18 aljazeera-gaza-seafront and
/// ocha-zamzam). A list that a body line announces with a colon ("The dead include:") is the body's own and not marked.
/// </summary>
internal static class SummaryBlock
{
    // A standfirst is one paragraph; a second paragraph of prose is the body, and bullets after it are the body's list.
    private const int StandfirstParagraphs = 1;

    /// <summary>For each sentence, whether it lies on a bullet line of a top-of-page summary block.</summary>
    public static bool[] Marks(string text, List<Sentence> sentences)
    {
        var marks = new bool[sentences.Count];
        var proseParagraphs = new HashSet<int>();
        var inBlock = false;
        var line = -1;
        var before = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim();
            if (sentence.Line == line)
            {
                marks[i] = inBlock;
                continue;
            }
            line = sentence.Line;
            if (PageFurniture.IsBullet(span))
            {
                inBlock = inBlock || SummaryLeadIn.Is(before)
                    || (proseParagraphs.Count <= StandfirstParagraphs && !before.EndsWith(":", StringComparison.Ordinal));
                marks[i] = inBlock;
                continue;
            }
            inBlock = false;
            before = span;
            if (!sentence.IsFurniture && !RepeatedClaims.ReadsAsHeadline(text, sentence))
            {
                proseParagraphs.Add(sentence.Paragraph);
            }
        }
        return marks;
    }
}
