namespace ClaimTracker.Core.Claims;

/// <summary>
/// A fact list that puts the figure first and its label after a colon: "- 55,730: martyrs and missing, including …",
/// "- 10.7 million: internally displaced, more than 4 million of them children (OCHA, IOM)", "- 2.1 million: crossed into
/// neighbouring countries" — the "what we know" explainer's and the state agency's statistics box. The mirror of
/// <see cref="ListedFigure"/> ("Killed: 41"): the colon cuts the figure off from its people, so the label's first fate
/// word, read up to the first comma or bracket, is the figure's fate, and the people are those the lines before talk
/// about (<see cref="BareCount"/>, else "people"). Only a figure that opens a bulleted line; a label naming no fate
/// ("- 101: portraits of the fallen shown on television", "- 211: shelters struck") is left alone.
/// A label "killed or wounded" names both fates, the losses ("- 3,800: killed or wounded, according to Zelensky").
/// Golden cases: figure_first_rows_take_the_labels_fate, figure_first_row_without_a_fate, labelled_fact_bullets_are_the_articles_figures.
/// </summary>
internal sealed class FigureFirstRow : CountPhraseRule
{
    public static readonly FigureFirstRow Rule = new();

    // "martyrs whose bodies reached hospitals": the fate word comes early in a label.
    private const int MaxLabelWords = 6;

    private FigureFirstRow()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var colon = phrase.TokenAfter;
        if (phrase.Noun >= 0 || phrase.Elided || phrase.PreviousBound >= 0 || colon >= reader.Tokens.Count || !IsMark(reader, colon, ':')
            || !OpensBulletedLine(reader, phrase.QualifierFirst))
        {
            return true;
        }
        var start = colon + 1;
        string? nationality = null;
        if (start < reader.Tokens.Count && Nationality.At(reader.Text, reader.Tokens, start) is { } named)
        {
            nationality = named.Nationality.Adjective;
            start += named.Tokens;
        }
        if (NamesItsPeople(reader, start))
        {
            return true;
        }
        if (Label(reader, start) is { } metric)
        {
            phrase.Elided = true;
            phrase.NamedMetric = metric;
            if (nationality is not null && phrase.Nationalities.Count == 0)
            {
                // "- 1.2 million: Sudanese who have arrived in Egypt": the label's people are its demonym's.
                phrase.Nationalities.Add(nationality);
            }
        }
        return true;
    }

    // "- 15,000: combat troops sent in two waves": a label that opens on its own people noun is a phrase of its own
    // (a fact box repeating the story's figure), not a fate for people the lines before named; left as it reads.
    private static bool NamesItsPeople(PeopleCountReader reader, int start)
    {
        for (var i = start; i < reader.Tokens.Count && i < start + 2 && reader.Tokens[i].IsWord; i++)
        {
            var word = reader.Word(i);
            if (PeopleWords.IsPeopleNoun(word) && !ClaimLexicon.MetricNouns.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    // Only list marks before the figure and its hedge, and the sentence is a bulleted line.
    private static bool OpensBulletedLine(PeopleCountReader reader, int first)
    {
        for (var i = 0; i < first; i++)
        {
            if (reader.Tokens[i].IsWord)
            {
                return false;
            }
        }
        return ContinuedRow.IsBullet(reader.Text, reader.Sentence.Start);
    }

    // The first fate among the label's first words, before its first comma or bracket.
    private static Metric? Label(PeopleCountReader reader, int start)
    {
        var end = start;
        while (end < reader.Tokens.Count && end - start < MaxLabelWords * 2
            && (reader.Tokens[end].IsWord || !(IsMark(reader, end, ',') || IsMark(reader, end, '(') || IsMark(reader, end, ';'))))
        {
            end++;
        }
        var words = 0;
        for (var i = start; i < end && words < MaxLabelWords; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                continue;
            }
            words++;
            if (MetricWord.At(reader, i, end) is { } metric)
            {
                // "- 3,800: killed or wounded, according to Zelensky": both fates, the losses.
                return metric is Metric.Killed or Metric.Wounded && (reader.Is(i + 1, "or") || reader.Is(i + 1, "and")) && i + 2 < end
                    && MetricWord.At(reader, i + 2, end) is { } second && second != metric && second is Metric.Killed or Metric.Wounded
                    ? Metric.KilledOrWounded
                    : metric;
            }
        }
        return null;
    }

    private static bool IsMark(PeopleCountReader reader, int i, char mark) =>
        !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == mark;
}
