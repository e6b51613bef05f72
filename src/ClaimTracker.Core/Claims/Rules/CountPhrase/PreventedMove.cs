namespace ClaimTracker.Core.Claims;

/// <summary>
/// A move that is being prevented has not happened: "Israel is still preventing some 15,500 patients from leaving the
/// enclave for treatment abroad", "blocking around 16,000 patients" (the Gaza ministry and the Palestinian NGO
/// Network, Unseen47 xinhua) count people held back, `other` as people still awaiting evacuation are (<see
/// cref="AwaitedFate"/>), not the evacuated. A verb of prevention (metrics.json preventVerbs) right before the count and
/// a move metric read from the words after it. Golden case: patients_prevented_from_leaving_are_other.
/// </summary>
internal sealed class PreventedMove : CountPhraseRule
{
    public static readonly PreventedMove Rule = new();

    private static readonly WordSet PreventVerbs = WordLists.Set("preventVerbs");

    private PreventedMove()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is Metric.Evacuated or Metric.Displaced or Metric.Deployed && reader.IsIn(phrase.TokenBefore, PreventVerbs))
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
