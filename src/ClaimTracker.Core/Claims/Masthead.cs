using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "ACLED | Knowledge Base | Data updates", "IA Watch | Conflict Analysis (Data) | ACLED": a first line split by bars
/// into site sections is the page's masthead, and a registered aid group, monitor or UN body filling one section whole
/// is the body whose page it is (a counting project's own notes, a dashboard filed under the dataset it is built on),
/// so the page speaks in that body's voice as a situation report does (<see cref="PublisherVoice"/>). An outlet's
/// masthead ("Reuters | World | Asia Pacific", "BBC News | Africa") names no such body: a news story relays others.
/// Only when the outlet is itself the counter, speaking in the first person in the page's first paragraph ("Mediazona
/// | English" over "…, we have established the names of 122,883 …"), is it the voice. Golden cases:
/// a_monitors_masthead_gives_its_page_its_voice, a_counting_outlets_masthead_speaks_as_we,
/// an_outlets_masthead_over_a_news_story_is_no_voice.
/// </summary>
internal static class Masthead
{
    // The page's first paragraph: the first sentence after the masthead at least this long (titles, datelines and
    // "Updated 8 August 2025" lines are shorter).
    private const int ParagraphSentence = 80;

    /// <summary>The body whose masthead tops the page, or null when the first line is no masthead naming one.</summary>
    public static SourceMention? Body(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions)
    {
        var lineEnd = text.IndexOf('\n');
        if (lineEnd < 0 || text.AsSpan(0, lineEnd).IndexOf('|') < 0)
        {
            return null;
        }
        foreach (var mention in mentions)
        {
            if (mention.End > lineEnd)
            {
                break;
            }
            if (!FillsSection(text, mention, lineEnd))
            {
                continue;
            }
            if (mention.Source is { Kind: SourceKind.InternationalOrganisation or SourceKind.Ngo }
                || mention.Source is { Kind: SourceKind.Media } && SpeaksAsWe(text, sentences, lineEnd))
            {
                return mention;
            }
        }
        return null;
    }

    // Only blanks between the mention and the bars (or the line's ends) around it.
    private static bool FillsSection(string text, SourceMention mention, int lineEnd)
    {
        var before = text.AsSpan(0, mention.Start);
        var bar = before.LastIndexOf('|');
        var after = text.AsSpan(mention.End, lineEnd - mention.End);
        var next = after.IndexOf('|');
        return before[(bar + 1)..].IsWhiteSpace() && (next < 0 ? after : after[..next]).IsWhiteSpace();
    }

    // "we have established", "our list": the first paragraph's first sentence speaks as the page's own, outside quotes.
    private static bool SpeaksAsWe(string text, List<Sentence> sentences, int lineEnd)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.Start < lineEnd || sentence.End - sentence.Start < ParagraphSentence)
            {
                continue;
            }
            var words = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            return words.IndexOfAny('"', '\u201C') < 0 && (HasWord(words, "we") || HasWord(words, "our"));
        }
        return false;
    }

    private static bool HasWord(ReadOnlySpan<char> words, string word)
    {
        for (var i = words.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0;)
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetter(words[i - 1])) && (end == words.Length || !char.IsLetter(words[end])))
            {
                return true;
            }
            var next = words[end..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            i = next < 0 ? -1 : end + next;
        }
        return false;
    }
}
