namespace ClaimTracker.Core.Claims;

/// <summary>
/// A live page's entry heading in sentence case: "Civil defence: 11 killed in strike on Gaza City home", "09:30 GMT –
/// Civil defence: 11 killed …", "14:02 GMT - Red Cross transfers two living captives". It is too long and too
/// lower-case for the splitter's crosshead test (<see cref="Sentence.IsHeading"/>: six words or title case), so the
/// speaker of the entry above ran on into it, and a heading whose body names Gaza's civil defence went to the UNICEF of
/// the entry before (Unseen20 aljazeera-gaza-aid-sites-live). A line with no closing stop (read as a headline) that is a
/// paragraph of its own (the reader gives every line of a page its own paragraph), has text under it and prose above
/// it heads a new entry: like a crosshead it closes the speaker in scope, and the heading's figure takes the speaker of
/// the body under it (<see cref="HeadingSource"/>). Left as they were: the article's own headline and standfirst (no
/// prose above them yet), and a table's row, a label and a figure with at most three more words ("Killed: 41",
/// "Donetsk Oblast: 58 killed", "190 injured", "Nabatieh: 618 killed, 2,295 injured"), which keeps the lead-in's
/// speaker, as does the lead-in line ending in a colon above a table (Unseen9 kyiv-independent-hrmmu-report); a bullet
/// is an entry of its own (<see cref="ListEntry"/>).
/// Golden cases: an_entry_heading_takes_its_own_bodys_speaker, an_entry_heading_near_miss.
/// </summary>
internal static class EntryHeading
{
    private const int MaxRowWords = 3;

    /// <summary>Whether sentence <paramref name="si"/> heads a live page's entry (see the type's summary).</summary>
    public static bool Opens(string text, List<Sentence> sentences, int si)
    {
        var sentence = sentences[si];
        // Cheap tests first: only a paragraph of one sentence with more text under it.
        if (si == 0 || si + 1 >= sentences.Count || sentences[si - 1].Paragraph == sentence.Paragraph
            || sentences[si + 1].Paragraph == sentence.Paragraph || sentence.IsHeading || !RepeatedClaims.ReadsAsHeadline(text, sentence))
        {
            return false;
        }
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim();
        // A lead-in ending in a colon opens a list under it, whose rows keep its speaker (<see cref="ListLeadIn"/>).
        return span.Length > 0 && span[^1] is not (':' or ';' or ',') && !Articles.PageFurniture.IsBullet(span) && !IsTableRow(span) && ProseAbove(text, sentences, si);
    }

    /// <summary>
    /// "Donetsk Oblast: 58 killed", "190 injured": after the label's colon (or from the start) a figure and at most three
    /// words that are no figure (a table's row, which <see cref="SpeakerScope"/> also keeps under its lead-in).
    /// </summary>
    public static bool IsTableRow(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        // A clock's colon ("09:30 GMT") is no label's.
        var row = colon > 0 && char.IsLetter(line[colon - 1]) ? line[(colon + 1)..].Trim() : line;
        if (row.IsEmpty || !char.IsDigit(row[0]))
        {
            return false;
        }
        var words = 0;
        foreach (var range in row.SplitAny(' ', ','))
        {
            var word = row[range];
            if (!word.IsEmpty && !char.IsDigit(word[0]))
            {
                words++;
            }
        }
        return words <= MaxRowWords;
    }

    // The article's headline and standfirst come before any prose; an entry's heading comes after some.
    private static bool ProseAbove(string text, List<Sentence> sentences, int si)
    {
        for (var k = si - 1; k >= 0; k--)
        {
            if (!sentences[k].IsFurniture && !RepeatedClaims.ReadsAsHeadline(text, sentences[k]))
            {
                return true;
            }
        }
        return false;
    }
}
