namespace ClaimTracker.Core.Claims;

/// <summary>
/// A standfirst: the one prose paragraph between the headline and the byline ("By Al Mayadeen English"). Like the
/// headline it is the outlet's digest of the body, and annotators list its figures as rows of their own, first in text
/// order; where headlines are kept apart (the CLI's <c>extract</c>, the gold sets) so is the standfirst, else its
/// figure folded into the body's claim and the scorer paired that claim with the standfirst's row and missed the
/// body's (Unseen65 almayadeen: "killing three soldiers" over "martyred three soldiers"). The byline is the sign: with
/// no byline between them a second paragraph is the lede, which is body text. Golden cases: StandfirstTests.
/// A byline need not open with "By": a short line that ends with the writer's standing (page.json bylineTails: "The New
/// Arab Staff &amp; Agencies", "Jonah Brett in Jerusalem and agencies", "Mark Odhiambo, Africa correspondent") is one too
/// (Unseen80 newarab, Unseen46 guardian); golden case standfirst_over_a_staff_and_agencies_byline.
/// </summary>
internal static class Standfirst
{
    // "By Kyiv Post", "By RFE/RL's Ukrainian Service", "By MEE staff": a short line.
    private const int BylineWords = 6;

    private static readonly WordSet BylineTails = WordLists.Set("bylineTails");

    /// <summary>For each sentence, whether it lies in a standfirst paragraph right above a byline.</summary>
    public static bool[] Marks(string text, List<Sentence> sentences)
    {
        var marks = new bool[sentences.Count];
        if (sentences.Count < 3 || !RepeatedClaims.ReadsAsHeadline(text, sentences[0]))
        {
            return marks;
        }
        var first = sentences.FindIndex(s => s.Paragraph != sentences[0].Paragraph);
        if (first < 0)
        {
            return marks;
        }
        var paragraph = sentences[first].Paragraph;
        var next = sentences.FindIndex(first, s => s.Paragraph != paragraph);
        if (next < 0 || RepeatedClaims.ReadsAsHeadline(text, sentences[first]) || !IsByline(text, sentences[next]))
        {
            return marks;
        }
        for (var i = first; i < next; i++)
        {
            marks[i] = true;
        }
        return marks;
    }

    private static bool IsByline(string text, Sentence line)
    {
        // Only the byline's own line: a date line below it may share its paragraph ("19 Nov 2024 21:40").
        var span = text.AsSpan(line.Start, line.End - line.Start);
        var end = span.IndexOf('\n');
        span = (end < 0 ? span : span[..end]).Trim();
        var words = span.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > BylineWords)
        {
            return false;
        }
        return span.StartsWith("By ", StringComparison.Ordinal) ? span.Length >= 4 && char.IsUpper(span[3]) : EndsWithStanding(words);
    }

    // "The New Arab Staff & Agencies", "Mark Odhiambo, Africa correspondent": a capitalised line with no full stop whose
    // last word is a writer's standing, not a short sentence of the body.
    private static bool EndsWithStanding(string[] words) =>
        words.Length >= 2 && char.IsUpper(words[0][0]) && BylineTails.Contains(words[^1].ToLowerInvariant());
}
