namespace ClaimTracker.Core.Claims;

/// <summary>
/// A figure listed under its label: "Killed: 41", "Injured: 96", "Bodies recovered from under the rubble: 18", the rows
/// of a situation report's casualty list or a ministry's daily table. The number stands alone after a colon at the end
/// of its sentence, and the label before the colon names the fate; the people are those the lines before talk about
/// (<see cref="BareCount"/> gives them, or "people"), the fate the label's first metric word. A label naming no fate
/// ("Updated: 14", "Trucks: 80") is left alone. A movements table's label names a movement instead ("Returns to the
/// north: 12,400", "Departures: 3,400"; counts.json returnNouns, movementNouns), its people named once above the rows.
/// A row with a place for its label continues the row above (<see cref="ContinuedRow"/>).
/// A figure followed only by its credit ("- Deaths: more than 150,000, according to the US envoy", "Killed: 41 (health
/// ministry)") still stands alone (<see cref="LabelledFactBullet"/>).
/// Golden cases: casualty_list_rows, movements_table_rows, rows_continue_the_row_above, labelled_fact_bullets_are_the_articles_figures.
/// </summary>
internal sealed class ListedFigure : CountPhraseRule
{
    public static readonly ListedFigure Rule = new();

    // "Total number of people killed in the governorate since the start of the war": a label is short.
    private const int MaxLabelWords = 10;
    private static readonly WordSet ReturnNouns = WordLists.Set("returnNouns");
    private static readonly WordSet MovementNouns = WordLists.Set("movementNouns");

    private ListedFigure()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var colon = phrase.TokenBefore;
        if (phrase.Noun >= 0 || phrase.SawThem || phrase.Elided || phrase.PreviousBound >= 0 || colon < 1 || !IsMark(reader, colon, ':') || !EndsSentence(reader, phrase.TokenAfter))
        {
            return true;
        }
        if (Label(reader, colon) is { } metric)
        {
            phrase.Elided = true;
            phrase.NamedMetric = metric;
        }
        else if (ContinuedRow.Continues(reader, phrase))
        {
            // "- Kebkabiya: about 41,000" under "- Tawila: about 96,000 new arrivals": the row above's people and fate.
            phrase.Elided = true;
        }
        return true;
    }

    // The first fate the label's words name, reading from its start; none when the label is long or names none.
    private static Metric? Label(PeopleCountReader reader, int colon)
    {
        var words = 0;
        for (var i = 0; i < colon; i++)
        {
            if (reader.Tokens[i].IsWord && ++words > MaxLabelWords)
            {
                return null;
            }
        }
        for (var i = 0; i < colon; i++)
        {
            if (reader.Tokens[i].IsWord && MetricWord.At(reader, i, colon) is { } metric)
            {
                return metric;
            }
        }
        return Movement(reader, colon);
    }

    // "Returns to the north: 12,400", "Departures: 3,400": a movements table's rows name a movement, not a fate; a
    // return ends displacement (other, as the gold conventions have it), any other movement is flight. "Trucks
    // entering: 620" names no movement noun and stays out.
    private static Metric? Movement(PeopleCountReader reader, int colon)
    {
        for (var i = 0; i < colon; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                continue;
            }
            if (ReturnNouns.Contains(reader.Word(i)))
            {
                return Metric.Other;
            }
            if (MovementNouns.Contains(reader.Word(i)))
            {
                return Metric.Displaced;
            }
        }
        return null;
    }

    // Nothing after the figure but a full stop, or only its credit: "Deaths: more than 150,000, according to the US envoy",
    // "Killed: 41 (health ministry)" — an explainer's labelled bullets name their source after the figure.
    private static bool EndsSentence(PeopleCountReader reader, int after)
    {
        if (IsMark(reader, after, '(') || (IsMark(reader, after, ',') && reader.Is(after + 1, "according") && reader.Is(after + 2, "to")))
        {
            return true;
        }
        for (var i = after; i < reader.Tokens.Count; i++)
        {
            if (reader.Tokens[i].IsWord || !(IsMark(reader, i, '.') || IsMark(reader, i, ';')))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsMark(PeopleCountReader reader, int i, char mark) =>
        i < reader.Tokens.Count && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == mark;
}
