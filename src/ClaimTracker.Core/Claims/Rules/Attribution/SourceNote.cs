using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At least 1,540 deaths have been reported since 8 October. (source: MoPH)", "Casualties by governorate (Source:
/// MoPH):": a UN update's note naming where its figures come from. The names after "source:" are read as after
/// "according to"; a note standing alone after a sentence (the splitter ends the sentence at its full stop) credits the
/// figures of that sentence, and a note in a lead-in line ending in a colon credits the lines under it; in both, only
/// figures that name no speaker of their own, and the note outranks a speaker carried from earlier bullets.
/// Met in OCHA flash updates and UNHCR and IOM sitreps (read for session 15). Golden cases: source_note_after_a_bullet,
/// source_note_in_a_table_heading.
/// </summary>
internal sealed class SourceNote : AttributionFrame
{
    public static readonly SourceNote Frame = new();

    private SourceNote()
    {
    }

    /// <summary>The cue words this frame reads.</summary>
    public static IEnumerable<string> Cues => ["source", "sources"];

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (!IsNote(text, tokens, cue))
        {
            return false;
        }
        AttributionFinder.AddForward(text, tokens, cue + 2, AttributorCue.AccordingTo, tokens[cue].Start, mentions, into);
        return true;
    }

    /// <summary>
    /// Gives a note's source to figures that name no speaker of their own: those of the sentence before a note that
    /// stands alone, and those of the lines under a lead-in that holds the note ("… by governorate (source: MoPH):"
    /// over "South: 812 killed, 2,903 injured"; table lines without a full stop read as headings, which inherit nobody).
    /// </summary>
    public static void Credit(string text, List<Sentence> sentences, List<Attributor>?[] attributors, List<ClaimDraft> drafts)
    {
        var tokens = new List<Token>();
        foreach (var draft in drafts)
        {
            if (draft.Attribution != Attribution.Extracted && NoteFor(text, sentences, attributors, draft.Sentence, tokens) is { } note)
            {
                draft.Source = note.Source;
                draft.SourceMention = note.Text;
                draft.Attribution = Attribution.Extracted;
            }
        }
    }

    // The note that names the source of sentence si's figures: a lone note right after it in its paragraph, else a
    // note in the lead-in line over the paragraph it belongs to.
    private static Attributor? NoteFor(string text, List<Sentence> sentences, List<Attributor>?[] attributors, int si, List<Token> tokens)
    {
        var next = si + 1;
        if (next < sentences.Count && sentences[next].Paragraph == sentences[si].Paragraph && Note(text, attributors[next]) is { } after)
        {
            Token.Split(text, sentences[next].Start, sentences[next].End, tokens);
            if (tokens.Count > 2 && text[tokens[0].Start] == '(' && IsNote(text, tokens, 1))
            {
                return after;
            }
        }
        if (LineUnder(text, sentences, attributors, si) is { } line)
        {
            return line;
        }
        var first = ParagraphStart(sentences, si);
        // A table read row by row (one paragraph a row): the rows above this one lead back to the lead-in.
        if (RegionRow.Is(text, sentences[si]))
        {
            while (first > 0 && sentences[first - 1].Paragraph == sentences[first].Paragraph - 1 && RegionRow.Is(text, sentences[first - 1]))
            {
                first = ParagraphStart(sentences, first - 1);
            }
        }
        return first > 0 && ListLeadIn.Is(text, sentences[first - 1]) ? Note(text, attributors[first - 1]) : null;
    }

    // "Six people were injured." over a paragraph of its own "Source: Kherson City Military Administration": Ukrainska
    // Pravda's house style names the source of the paragraph above on the line under it (Unseen50, Unseen63, Unseen79,
    // Unseen85). Only a body the registry or a pattern knows, and no outlet: "Source: Xinhua" closing a wire page
    // credits the page, not its last paragraph. Golden case a_source_line_names_the_lead_paragraphs_source.
    private static Attributor? LineUnder(string text, List<Sentence> sentences, List<Attributor>?[] attributors, int si)
    {
        var next = si + 1;
        while (next < sentences.Count && sentences[next].Paragraph == sentences[si].Paragraph)
        {
            next++;
        }
        var alone = next + 1 >= sentences.Count || sentences[next + 1].Paragraph != sentences[next].Paragraph;
        return next < sentences.Count && alone && sentences[next].Paragraph == sentences[si].Paragraph + 1
            && text.AsSpan(sentences[next].Start).StartsWith("Source:", StringComparison.Ordinal)
            && Note(text, attributors[next]) is { Source: { Kind: not SourceKind.Media } } note ? note : null;
    }

    // The first sentence of sentence si's paragraph.
    private static int ParagraphStart(List<Sentence> sentences, int si)
    {
        var first = si;
        while (first > 0 && sentences[first - 1].Paragraph == sentences[si].Paragraph)
        {
            first--;
        }
        return first;
    }

    // The sentence's attributor read by this frame, if any.
    private static Attributor? Note(string text, List<Attributor>? own) =>
        own?.FirstOrDefault(a => a.Cue == AttributorCue.AccordingTo && text.AsSpan(a.Position).StartsWith("source", StringComparison.OrdinalIgnoreCase));

    // "(source: …" or a line opening "Source: …".
    private static bool IsNote(string text, List<Token> tokens, int cue) =>
        (AttributionFinder.Is(text, tokens[cue], "source") || AttributionFinder.Is(text, tokens[cue], "sources"))
        && cue + 2 < tokens.Count && text[tokens[cue + 1].Start] == ':'
        && (cue > 0 && text[tokens[cue - 1].Start] == '(' || tokens[cue].Start == 0 || text[tokens[cue].Start - 1] == '\n');
}
