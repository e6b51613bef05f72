namespace ClaimTracker.Core.Claims;

/// <summary>
/// A line of a table written as lines whose figure carries its own people: "- Killed: 19 civilians, 3 of them
/// children", "Injured: 87 civilians, including 11 children", "Dead: 12 people". The short label before the line's
/// colon names what happened to everyone the line counts, when the rest of the line names no fate of its own
/// (<see cref="ListedFigure"/> reads a figure standing alone under its label). A label naming no fate ("Arrivals: 1,200
/// people", "Aid trucks: 40") leaves the line as it reads. Met in casualty boxes of flash updates and facts-and-figures
/// panels. Golden cases: labelled_line_with_its_people, labelled_line_without_a_fate.
/// </summary>
internal sealed class LabelledLine : CountPhraseRule
{
    public static readonly LabelledLine Rule = new();

    // "Killed", "Civilians injured", "Bodies recovered from the rubble": a label is a few words.
    private const int MaxLabelWords = 6;

    private LabelledLine()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.MetricGuessed && Label(reader, phrase.QualifierFirst) is { } fate)
        {
            draft.Metric = fate;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // The fate named by the words between the line's list marks and its first colon, when that colon comes before the
    // count; any other mark inside the label ("In Sumy, officials said: …") means the line is a sentence, not a row.
    private static Metric? Label(PeopleCountReader reader, int count)
    {
        var first = -1;
        var words = 0;
        for (var i = 0; i < count; i++)
        {
            if (reader.Tokens[i].IsWord)
            {
                first = first < 0 ? i : first;
                if (++words > MaxLabelWords)
                {
                    return null;
                }
            }
            else if (reader.Text[reader.Tokens[i].Start] == ':')
            {
                return first < 0 ? null : Fate(reader, first, i);
            }
            else if (first >= 0)
            {
                return null;
            }
        }
        return null;
    }

    private static Metric? Fate(PeopleCountReader reader, int first, int colon)
    {
        for (var i = first; i < colon; i++)
        {
            if (reader.Tokens[i].IsWord && MetricWord.At(reader, i, colon) is { } metric)
            {
                return metric;
            }
        }
        return null;
    }
}
