namespace ClaimTracker.Core.Claims;

/// <summary>
/// A toll "among" a group counts the group's dead, not its state: "the death toll among the displaced rose to 52",
/// "the toll among displaced families in the camp reached 41", "the number of deaths among the detained climbed to 19"
/// (Sudanese resistance committees and OCHA updates report camp tolls so). The words after "among" say whom the toll
/// counts; a state they name (displaced, detained, evacuated, captured) is no fate of the figure, and the toll word
/// decides as it does with no group named (<see cref="LossesToll"/>). The model: a bare figure after a toll of
/// casualties, "among" between the toll word and the figure. Golden case: toll_among_the_displaced.
/// </summary>
internal sealed class TollAmong : CountPhraseRule
{
    public static readonly TollAmong Rule = new();

    private TollAmong()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!phrase.TollOfCasualties || draft.Metric is not (Metric.Displaced or Metric.Detained or Metric.Evacuated or Metric.Captured)
            || LossesToll.WordBefore(reader, phrase) is not { } toll)
        {
            return true;
        }
        for (var i = toll + 1; i < phrase.QualifierFirst; i++)
        {
            if (reader.Is(i, "among") || reader.Is(i, "amongst"))
            {
                draft.Metric = LossesToll.Of(reader, phrase);
                draft.MetricGuessed = false;
                return true;
            }
        }
        return true;
    }
}
