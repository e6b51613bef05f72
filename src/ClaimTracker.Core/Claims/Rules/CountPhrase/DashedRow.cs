namespace ClaimTracker.Core.Claims;

/// <summary>
/// A "by the numbers" list that puts each figure first and its people after a dash: "9,227 — Palestinians killed in Gaza",
/// "About 2,200 — Palestinians wounded in the West Bank", "Five — hostages released or rescued", "- 40 – soldiers killed
/// since the offensive began". Wire services' fact lists and newsletters' figure boxes write their rows so, without a
/// verb of their own: the dash stands for "were", and the row reads as if the figure stood right before its people
/// (<see cref="PeopleNounPhrase"/> crosses it). Only a dash that follows a figure opening its line (after list marks and
/// a hedge at most); on a bulleted row a colon after the figure does the same when its label opens on people; "15:30 - North Korean soldiers" is a clock time, no
/// count (<see cref="NotAPeopleCount"/>), and a dash inside a sentence ("killed 12 — most of them children") is left
/// alone. Golden cases: dashed_rows_read_as_counts, dashed_rows_of_things_stay_out.
/// </summary>
internal static class DashedRow
{
    /// <summary>Whether token <paramref name="k"/> is the dash of such a row, right after the count.</summary>
    public static bool At(PeopleCountReader reader, CountPhrase phrase, int k)
    {
        var tokens = reader.Tokens;
        if (k != phrase.TokenAfter || k + 1 >= tokens.Count || tokens[k].IsWord || !tokens[k + 1].IsWord || !OpensLine(reader, phrase.QualifierFirst))
        {
            return false;
        }
        if (reader.Text[tokens[k].Start] == ':')
        {
            return PeopleAfterColon(reader, k + 1);
        }
        if (reader.Text[tokens[k].Start] is not ('—' or '–' or '-'))
        {
            return false;
        }
        // A spaced dash: "1,400 — people", not "1,400-strong" nor "11,000-12,000".
        var text = reader.Text;
        return tokens[k].Start > 0 && char.IsWhiteSpace(text[tokens[k].Start - 1]) && tokens[k].End < text.Length && char.IsWhiteSpace(text[tokens[k].End]);
    }

    // "- 11,000-12,000: North Korean troops first sent to Kursk": a bulleted fact row whose label after the colon opens on
    // its own people (a demonym or a people noun) reads as the dash row does; "- 3,800: killed or wounded" names only a
    // fate and is the label <see cref="FigureFirstRow"/> reads.
    // A bare demonym ("- 1.2 million: Sudanese who have arrived in Egypt") stays the label FigureFirstRow reads: only a
    // people noun, perhaps after a demonym, crosses.
    private static bool PeopleAfterColon(PeopleCountReader reader, int first)
    {
        if (!ContinuedRow.IsBullet(reader.Text, reader.Sentence.Start))
        {
            return false;
        }
        var noun = Nationality.At(reader.Text, reader.Tokens, first) is { } named ? first + named.Tokens : first;
        return noun < reader.Tokens.Count && reader.Tokens[noun].IsWord && PeopleWords.IsPeopleNoun(reader.Word(noun))
            && !ClaimLexicon.MetricNouns.Contains(reader.Word(noun)) && Nationality.At(reader.Text, reader.Tokens, noun) is null;
    }

    // Only list marks before the figure and its hedge, and the figure's sentence opens its line.
    private static bool OpensLine(PeopleCountReader reader, int first)
    {
        var start = reader.SentenceFirstToken();
        for (var i = start; i < first; i++)
        {
            if (reader.Tokens[i].IsWord)
            {
                return false;
            }
        }
        var text = reader.Text;
        var lineStart = reader.Sentence.Start > 0 ? text.LastIndexOf('\n', reader.Sentence.Start - 1) + 1 : 0;
        return text.AsSpan(lineStart, reader.Sentence.Start - lineStart).IsWhiteSpace();
    }
}
