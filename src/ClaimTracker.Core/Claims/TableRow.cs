namespace ClaimTracker.Core.Claims;

/// <summary>
/// A table written as one line, "Killed: 120 | Injured: 340 | Missing: 25" (a flattened casualty table, a live page's
/// summary strip): cells parted by "|" or ";", each a label, a colon and a figure. Every cell is a list row of its own
/// (<see cref="SentenceSplitter.IsListRow"/>), so each figure is read under its own label. A line with any other cell
/// ("Sold: 120 | see also") stays one line. Golden case: table_written_as_a_line.
/// </summary>
internal static class TableRow
{
    private static readonly char[] Separators = ['|', ';'];

    /// <summary>The cells' (start, end) offsets in the text, or null when the line is not such a row.</summary>
    public static List<(int Start, int End)>? Cells(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        if (line.IndexOfAny(Separators) < 0)
        {
            return null;
        }
        var cells = new List<(int Start, int End)>();
        var cellStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] is not ('|' or ';'))
            {
                continue;
            }
            if (!SentenceSplitter.IsListRow(text.AsSpan(cellStart, i - cellStart).Trim()))
            {
                return null;
            }
            cells.Add((cellStart, i));
            cellStart = i + 1;
        }
        return cells.Count > 1 ? cells : null;
    }
}
