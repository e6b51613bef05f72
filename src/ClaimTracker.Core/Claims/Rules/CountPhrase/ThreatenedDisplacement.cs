namespace ClaimTracker.Core.Claims;

/// <summary>
/// A population exposed to displacement has not yet moved: "exposes more than a million people to displacement", "puts
/// 300,000 people at risk of displacement" forecast a displacement, which the gold reads as displaced and expected, as it
/// reads "up to 500,000 people could be displaced" (Unseen40's Sudan Doctors Network warning). A displacement word in the
/// count's clause after "to" with an exposing verb before the count (metrics.json exposeVerbs), or after a risk word
/// (<see cref="AtRiskOf"/>, which makes any other fate `other`). Golden case: exposed_to_displacement_is_expected.
/// </summary>
internal sealed class ThreatenedDisplacement : CountPhraseRule
{
    public static readonly ThreatenedDisplacement Rule = new();

    private static readonly WordSet ExposeVerbs = WordLists.Set("exposeVerbs");

    private ThreatenedDisplacement()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Status != ClaimStatus.Reported || draft.Metric is not (Metric.Displaced or Metric.Other))
        {
            return true;
        }
        var exposed = reader.IsIn(phrase.TokenBefore, ExposeVerbs);
        for (var j = phrase.AfterCount; j < phrase.Right; j++)
        {
            if (reader.IsIn(j, ClaimLexicon.Displaced) && ((exposed && reader.Is(j - 1, "to")) || AtRiskOf.Before(reader, j)))
            {
                draft.Metric = Metric.Displaced;
                draft.MetricGuessed = false;
                draft.Status = ClaimStatus.Expected;
                return true;
            }
        }
        return true;
    }
}
