using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// How a document says it is a body's own statement, on its front line or the line under it: a field of a
/// metadata line ("31 December 2024 | Statement | Cairo, Geneva"), a title that opens with the label and the body
/// ("Statement by UNICEF Executive Director on …", after a dateline "Amman, 12 June 2024 — Statement by …"), or the
/// body's name followed by the label ("WHO statement on the raid", "IDF statement: …"). An outlet's lede that
/// mentions a statement ("…, the army said in a statement", "In a statement, UNICEF said") names none of these
/// shapes. The body the label names is the document's author (<see cref="PublisherVoice"/>). Golden cases:
/// statement_by_a_body_speaks_in_its_voice, statement_field_of_a_metadata_line, body_statement_title_speaks_for_its_acts.
/// </summary>
internal static class StatementLabel
{
    private static readonly WordSet Labels = WordLists.Set("publisherLabels");
    // "Statement by", "Statement from", "Statement of": the words that tie the label to its author.
    private static readonly WordSet AuthorWords = WordLists.Set("statementAuthorWords");
    // How far into the line a dateline may run before the label: "New York/Amman/Port Sudan, 22 September 2025 — ".
    private const int DatelineReach = 60;

    /// <summary>True when a field of a line split by bars is the label alone ("| Statement |").</summary>
    public static bool IsField(ReadOnlySpan<char> line)
    {
        foreach (var range in line.Split('|'))
        {
            if (Labels.Contains(line[range].Trim()))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The author a line names by "Statement by X" or "X statement" (the first body after the label, or the body
    /// right before it), or null when the line is no statement's title.
    /// </summary>
    public static SourceMention? Author(string text, int start, int end, IReadOnlyList<SourceMention> mentions)
    {
        var open = AfterDateline(text, start, end);
        if (OpensWithLabel(text, open, end, out var afterLabel))
        {
            return FirstBody(mentions, afterLabel, end);
        }
        foreach (var mention in mentions)
        {
            if (mention.Start < open || mention.End > end)
            {
                continue;
            }
            // "WHO statement on …", "IDF statement: …": the title opens with the body.
            return LeadsTheLine(text, open, mention.Start) && WordAfter(text, mention.End, end, out _) is var next
                && Labels.Contains(next) && mention.Source is { Kind: not SourceKind.Media } ? mention : null;
        }
        return null;
    }

    private static SourceMention? FirstBody(IReadOnlyList<SourceMention> mentions, int from, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.End <= end && mention.Source is { Kind: not SourceKind.Media })
            {
                return mention;
            }
        }
        return null;
    }

    // "Statement by …": the label, then a word tying it to its author.
    private static bool OpensWithLabel(string text, int open, int end, out int afterLabel)
    {
        var label = WordAfter(text, open, end, out var labelEnd);
        var tie = WordAfter(text, labelEnd, end, out afterLabel);
        return Labels.Contains(label) && AuthorWords.Contains(tie);
    }

    // The line's opening after a dateline that a dash closes ("Amman, 12 June 2024 — "), or the line's start.
    private static int AfterDateline(string text, int start, int end)
    {
        var reach = Math.Min(end, start + DatelineReach);
        for (var i = start; i < reach; i++)
        {
            if (text[i] is '—' or '–' && i + 1 < end && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }
        return start;
    }

    private static bool LeadsTheLine(string text, int open, int at)
    {
        var before = text.AsSpan(open, at - open).Trim();
        return before.IsEmpty || before.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    // The next word from <paramref name="from"/> (letters only), and where it ends.
    private static ReadOnlySpan<char> WordAfter(string text, int from, int end, out int wordEnd)
    {
        var i = from;
        while (i < end && !char.IsLetter(text[i]))
        {
            i++;
        }
        wordEnd = i;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        return text.AsSpan(i, wordEnd - i);
    }
}
