namespace ClaimTracker.Core.Claims;

/// <summary>
/// What is left of a unit is no deployment: "His company had 120 men when it arrived … Fewer than 50 are left on the
/// line" (Unseen76 reuters-59th: the strength <c>deployed</c>, the rest <c>other</c>, as soldiers left on the line
/// follow the trapped convention), "His platoon had 30 men in the autumn, he said. Twelve are left." (golden case
/// they_are_whom_the_outlet_interviewed), as "Now he says 4,650 are left" counts a town's remaining people
/// <c>other</c> (Unseen18 npr-pokrovsk-evacuation). A bare count carries the deployment of the count before it
/// (<see cref="BareCount"/>); "are/were/is left" right after it (metrics.json <c>leftAuxiliaries</c>) says who remains,
/// not who was sent. "were left alive", "left homeless", "left without" keep their reading (the word after "left" is
/// no state: <c>leftStates</c>). Golden case: a_units_strength_is_deployed.
/// </summary>
internal sealed class LeftOfAStrength : CountPhraseRule
{
    public static readonly LeftOfAStrength Rule = new();

    private static readonly WordSet Auxiliaries = WordLists.Set("leftAuxiliaries");
    private static readonly WordSet States = WordLists.Set("leftStates");

    private LeftOfAStrength()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var after = phrase.Last + 1;
        if (draft.Metric == Metric.Deployed && phrase.Noun < 0 && reader.IsIn(after, Auxiliaries) && reader.Is(after + 1, "left")
            && !reader.IsIn(after + 2, States))
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
