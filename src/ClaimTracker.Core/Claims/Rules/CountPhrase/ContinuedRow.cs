namespace ClaimTracker.Core.Claims;

/// <summary>
/// A table row that continues the row above it: under "- Tawila: about 96,000 new arrivals" the rows
/// "- Kebkabiya: about 41,000" and "- Mellit: 12,500" carry only a place and a figure; the people and their fate are
/// the first row's (or the header's), as a reader of the table takes them. A bulleted line (-, •, *, –) whose label is a
/// place — every word capitalised, and so is the label of the row above — or a place word (counts.json rowPlaceWords: locality, camp, crossing ...,
/// and the words that gather places into a group: "- Other locations, including Kornoi and Tina near the Chad border", the
/// IOM DTM rows of Unseen18 ocha-zamzam-flash-update; golden case grouped_places_continue_the_row_above; not a route's
/// "to": under "Movements recorded by IOM DTM" Unseen19's route rows would take a first row whose fate is not read) — right
/// after a bulleted row that counted people continues it; "- Trucks entering: 620" (a lower-case verb) and a row after
/// a row of things do not. Asked by <see cref="ListedFigure"/>; the look-back over such rows is
/// <see cref="OnBulletedRow"/>. Golden cases: rows_continue_the_row_above, rows_of_things_continue_nothing.
/// </summary>
internal static class ContinuedRow
{
    private static readonly WordSet RowPlaceWords = WordLists.Set("rowPlaceWords");

    /// <summary>True when the count continues the row above, a row of people under a place label like its own.</summary>
    public static bool Continues(PeopleCountReader reader, CountPhrase phrase)
    {
        var text = reader.Text;
        var lineStart = reader.Sentence.Start > 0 ? text.LastIndexOf('\n', reader.Sentence.Start - 1) + 1 : 0;
        if (lineStart == 0 || !OnBulletedRow(text, reader.Sentence.Start) || !PlaceLabel(text, lineStart))
        {
            return false;
        }
        // The row above, past blank lines between the bullets.
        var aboveEnd = lineStart - 1;
        while (aboveEnd > 0 && char.IsWhiteSpace(text[aboveEnd - 1]))
        {
            aboveEnd--;
        }
        var aboveStart = aboveEnd > 0 ? text.LastIndexOf('\n', aboveEnd - 1) + 1 : 0;
        return IsBulletedRow(text, aboveStart, aboveEnd) && PlaceLabel(text, aboveStart)
            && phrase.Antecedent() is { } above && above.Sentence == reader.SentenceIndex - 1;
    }

    /// <summary>Whether the line holding <paramref name="at"/> is a bulleted row (<see cref="IsBulletedRow"/>).</summary>
    public static bool OnBulletedRow(string text, int at)
    {
        var start = at > 0 ? text.LastIndexOf('\n', at - 1) + 1 : 0;
        var end = text.IndexOf('\n', at);
        return IsBulletedRow(text, start, end < 0 ? text.Length : end);
    }

    /// <summary>Whether the line holding <paramref name="at"/> opens with a list mark and a space ("- ", "• ").</summary>
    public static bool IsBullet(string text, int at)
    {
        var start = at > 0 ? text.LastIndexOf('\n', at - 1) + 1 : 0;
        var line = text.AsSpan(start).TrimStart(' ');
        return line.Length > 2 && line[0] is '-' or '•' or '*' or '–' && char.IsWhiteSpace(line[1]);
    }

    /// <summary>"- Tawila: about 96,000 new arrivals": a bullet, a label, a colon and a figure after it.</summary>
    private static bool IsBulletedRow(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start).Trim();
        if (line.Length < 4 || line[0] is not ('-' or '•' or '*' or '–') || !char.IsWhiteSpace(line[1]))
        {
            return false;
        }
        var colon = line.IndexOf(':');
        return colon > 2 && char.IsLetter(line[colon - 1]) && line[(colon + 1)..].IndexOfAnyInRange('0', '9') >= 0;
    }

    // "- El Fasher locality: …": every word of the label before the colon capitalised or a place word; "- Staff on duty:"
    // and "- Trucks entering:" are not places, and neither row of such a pair continues the other.
    private static bool PlaceLabel(string text, int lineStart)
    {
        var colon = text.IndexOf(':', lineStart);
        var words = 0;
        foreach (var part in text.AsSpan(lineStart + 1, colon - lineStart - 1).Split(' '))
        {
            // "- Other locations, including Kornoi and Tina near the Chad border:": a comma inside the label is no word's.
            var word = text.AsSpan(lineStart + 1, colon - lineStart - 1)[part].Trim("-–•*,");
            if (word.Length == 0)
            {
                continue;
            }
            if (!char.IsUpper(word[0]) && !RowPlaceWords.Contains(word))
            {
                return false;
            }
            words++;
        }
        return words > 0;
    }
}
