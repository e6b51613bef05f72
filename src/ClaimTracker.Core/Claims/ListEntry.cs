namespace ClaimTracker.Core.Claims;

/// <summary>
/// "- The total number of UNRWA team members killed … has risen to 171.": a bulleted line is an entry of its own, as a
/// situation report's key points and a live page's summary are written: the speaker named in one entry does not speak
/// for the next one, unless both sit under a lead-in line that ends in a colon (see <see cref="ListLeadIn"/>). Golden
/// cases: bullet_entries_close_the_speaker, bullets_under_a_lead_in_keep_the_speaker.
/// </summary>
internal static class ListEntry
{
    /// <summary>The indent of the bullet opening sentence <paramref name="si"/>'s line, or -1 when it opens no entry.</summary>
    public static int Indent(string text, List<Sentence> sentences, int si)
    {
        var sentence = sentences[si];
        if (si > 0 && sentences[si - 1].Line == sentence.Line)
        {
            return -1;
        }
        var start = sentence.Start;
        if (start + 1 >= sentence.End || text[start] is not ('-' or '•' or '*' or '–' or '▪' or '·') || !char.IsWhiteSpace(text[start + 1]))
        {
            return -1;
        }
        var lineStart = text.LastIndexOf('\n', start) + 1;
        return start - lineStart;
    }
}
