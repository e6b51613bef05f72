namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In its latest report, OCHA warned … The report said that about 230 families had fled": "the report", "the update",
/// "the bulletin" is the document of the body named or speaking before it, and points back as "the agency" would,
/// where read as a vague "reports said" it spoke for nobody (Unseen36 sudanevents-ocha-el-fasher-two-weeks-toll).
/// Only the noun with "the" alone (attribution.json <c>documentAnaphors</c>); "a report", "media reports" stay vague.
/// Golden case: the_report_said_continues_its_body.
/// </summary>
internal static class BodysDocument
{
    private static readonly WordSet Documents = WordLists.Set("documentAnaphors");

    /// <summary>Whether tokens first..last read "the report" (or another document noun) and nothing else.</summary>
    public static bool Is(string text, List<Token> tokens, int first, int last) =>
        last == first + 1 && AttributionFinder.Is(text, tokens[first], "the") && tokens[last].IsWord
        && Documents.Contains(AttributionFinder.Word(text, tokens[last]));

    /// <summary>
    /// "Most of the displaced … had sought shelter in schools, the statement said": "statement" is also an adverb word
    /// of "said in a statement" (attribution.json attributorAdverbs), and read past as one it left "the" alone, so the
    /// sentence had no speaker and kept the one carried from the quote before it (IOM, WHO, UNHCR releases; golden case
    /// the_statement_said_after_a_quote). A document noun right after "the" is the speaker, not an adverb.
    /// </summary>
    public static bool Names(string text, List<Token> tokens, int noun) =>
        noun > 0 && tokens[noun].IsWord && tokens[noun - 1].IsWord && Documents.Contains(AttributionFinder.Word(text, tokens[noun]))
        && AttributionFinder.Is(text, tokens[noun - 1], "the");

    /// <summary>
    /// "The report said that 310,000 people had crossed …, according to General Security": a report that points back to
    /// nobody relays the body the sentence names, so it gives way to it (Unseen20 kuna-lebanon-government-daily-report).
    /// </summary>
    public static void GiveWayToNamed(List<Attributor> own)
    {
        if (own.Count > 1 && own.Exists(a => a.Source is not null))
        {
            own.RemoveAll(a => a.Source is null && a.IsAnaphor && IsDocument(a.Text));
        }
    }

    /// <summary>Whether the words read "the report" (or another document noun) and nothing else.</summary>
    public static bool IsDocument(string words)
    {
        // Asked of every unresolved speaker: words without "the " cannot be "the" and a noun, and are not split.
        if (!words.Contains("the ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && parts[0].Equals("the", StringComparison.OrdinalIgnoreCase) && Documents.Contains(parts[1]);
    }
}
