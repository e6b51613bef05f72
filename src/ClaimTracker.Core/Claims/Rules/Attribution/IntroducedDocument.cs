using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, the International Organization for Migration said in a statement. “…,” said its chief of mission. Most of them
/// had sought shelter in schools, the statement said": "the statement" is the one a sentence shortly before introduced
/// ("in a statement", "its statement"), and speaks for the body named in that sentence, not for the person quoted in
/// between, who may belong to another body (a minister quoted in a WHO story). UN agencies' and the IOM's releases are
/// reported this way by AP, Reuters and AFP. Words as data (attribution.json documentAnaphors, documentIntroducers).
/// Golden cases: the_statement_said_after_a_quote, the_statement_said_after_another_bodys_quote. A document named with
/// its owner is looked for further back (<see cref="NamedReportOwner"/>).
/// </summary>
internal static class IntroducedDocument
{
    private static readonly WordSet Introducers = WordLists.Set("documentIntroducers");
    // The release and its figures sit in a story's first paragraphs; a quote or two stands between them.
    private const int SentencesBack = 4;
    // A report named with its owner ("The CSIS report said …") is taken up again after a page of other voices.
    private const int OwnedSentencesBack = 10;

    /// <summary>The registered body named nearest the document a recent sentence introduced, or null.</summary>
    /// <remarks><paramref name="relayed"/>: the nearest such sentence names the document as one an outlet only relays
    /// ("a report seen by Reuters"), so the document speaks for nobody the story named.</remarks>
    public static SourceDefinition? Author(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, int si, string anaphor, out bool relayed)
    {
        relayed = false;
        var noun = anaphor[(anaphor.LastIndexOf(' ') + 1)..];
        for (var back = si - 1; back >= 0 && back >= si - OwnedSentencesBack; back--)
        {
            if (NamedReportOwner.Owner(text, sentences[back], mentions, noun) is { } owner)
            {
                return owner;
            }
            if (NamedReportOwner.Relayed(text, sentences[back], noun))
            {
                relayed = true;
                return null;
            }
            var at = back >= si - SentencesBack ? Introduced(text, sentences[back], noun) : -1;
            if (at >= 0)
            {
                return Nearest(mentions, sentences[back], at);
            }
        }
        return null;
    }

    // Where the sentence reads "a statement" (or another introducer before the noun), or a published document's other
    // name ("its latest update" for "the report"); -1 if nowhere.
    private static int Introduced(string text, Sentence sentence, string noun)
    {
        var at = IntroducedAs(text, sentence, noun.AsSpan());
        if (at >= 0 || !Published.Contains(noun))
        {
            return at;
        }
        foreach (var other in Published.Words)
        {
            if (!other.Equals(noun, StringComparison.OrdinalIgnoreCase) && (at = IntroducedAs(text, sentence, other.AsSpan())) >= 0)
            {
                return at;
            }
        }
        return -1;
    }

    // "The Government Media Office … has published its latest update on the war's statistics. … According to the report,
    // 1,406 families …": a body's report, update and bulletin are one published document, named by one noun and taken
    // up by another (attribution.json publishedDocuments; a statement is not among them), and the press writes a word
    // or two between the owner and the noun ("its latest update", "a new report"). Unseen72
    // palestinechronicle-media-office-statistics-what-we-know; golden case the_report_takes_up_the_bodys_latest_update.
    private static readonly WordSet Published = WordLists.Set("publishedDocuments");
    private const int DescribingWords = 2;

    private static int IntroducedAs(string text, Sentence sentence, ReadOnlySpan<char> noun)
    {
        var from = sentence.Start;
        while (from < sentence.End)
        {
            var at = text.AsSpan(from, sentence.End - from).IndexOf(noun, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }
            at += from;
            var after = at + noun.Length;
            if ((after >= text.Length || !char.IsLetter(text[after])) && IntroducedBefore(text, sentence.Start, at))
            {
                return at;
            }
            from = after;
        }
        return -1;
    }

    // An introducer right before the noun, or before at most DescribingWords lower-case words before it.
    private static bool IntroducedBefore(string text, int sentenceStart, int at)
    {
        var end = at - 1;
        for (var words = 0; words <= DescribingWords && end > sentenceStart && text[end] == ' '; words++)
        {
            var start = end;
            while (start > sentenceStart && char.IsLetter(text[start - 1]))
            {
                start--;
            }
            if (end == start)
            {
                return false;
            }
            if (Introducers.Contains(text.AsSpan(start, end - start)))
            {
                return true;
            }
            if (!char.IsLower(text[start]))
            {
                return false;
            }
            end = start - 1;
        }
        return false;
    }

    private static SourceDefinition? Nearest(IReadOnlyList<SourceMention> mentions, Sentence sentence, int at)
    {
        SourceDefinition? nearest = null;
        var distance = int.MaxValue;
        foreach (var m in mentions)
        {
            if (m.Source is null || m.Start < sentence.Start || m.End > sentence.End)
            {
                continue;
            }
            var d = m.End <= at ? at - m.End : m.Start - at;
            if (d >= 0 && d < distance)
            {
                (nearest, distance) = (m.Source, d);
            }
        }
        return nearest;
    }
}
