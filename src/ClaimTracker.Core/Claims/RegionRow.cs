namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Nabatieh: 618 killed, 2,295 injured", "- Killed: 41": a row of a table or a field of a report, a short label, a
/// colon and the row's figures. The article reader gives every line of a page its own paragraph, so a table under a
/// lead-in ("Casualties by governorate since 23 September (source: MoPH):") reaches the reader as one paragraph per
/// row; <see cref="SourceNote"/> steps back over such rows to the lead-in, so every row, not only the first, takes the
/// note's source. Prose that opens with a label ("Nabatieh: strikes killed 618 people, the army said.") is no row: its
/// figure follows words, not the colon. Met in OCHA flash updates (Unseen16). Golden case:
/// source_note_over_a_table_read_row_by_row.
/// </summary>
internal static class RegionRow
{
    // Longest label read ("Bodies recovered from under the rubble"); a longer line before a colon is prose.
    private const int MaxLabelLength = 48;

    /// <summary>Whether the sentence is such a row: an optional bullet, a label of words, a colon, then a figure.</summary>
    public static bool Is(string text, Sentence sentence)
    {
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim();
        line = line.TrimStart("-•* ");
        var colon = line.IndexOf(':');
        if (colon < 1 || colon > MaxLabelLength || line[^1] == '.' || !char.IsUpper(line[0]))
        {
            return false;
        }
        foreach (var c in line[..colon])
        {
            if (!(char.IsLetter(c) || c is ' ' or '-' or '\'' or '’'))
            {
                return false;
            }
        }
        var rest = line[(colon + 1)..].TrimStart();
        return rest.Length > 0 && char.IsDigit(rest[0]);
    }
}
