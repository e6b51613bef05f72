namespace ClaimTracker.Core.Claims;

/// <summary>
/// What a unit had or has is its strength in the field, a deployment: "His company had 120 men when it arrived at its
/// current positions in October" (Unseen76 reuters-59th, gold <c>deployed</c>), "His platoon had 30 men in the autumn"
/// (golden case they_are_whom_the_outlet_interviewed), as "Italy has about 1,100 troops in the mission" and "the
/// mission, which has about 11,000 peacekeepers" are in the older golds. Front-line features give a unit's strength
/// before the losses that cut it ("Fewer than 50 are left on the line"); with no verb of fate the count read
/// <c>other</c>. The model: a unit noun (people.json <c>strengthUnitNouns</c>), at most one adverb
/// (<c>strengthUnitAdverbs</c>: "now", "once", "still"), a verb of having (<c>strengthUnitVerbs</c>) right before the
/// count's hedge, and a troop noun as the count's noun (<c>strengthTroopNouns</c>). Only a count read <c>other</c>
/// changes: "the battalion had 40 men killed" keeps its fate, and a whole army's size stays <c>other</c>
/// (<see cref="ArmySize"/>: no army noun is a unit noun here). Golden cases: a_units_strength_is_deployed,
/// a_companys_staff_is_no_strength.
/// </summary>
internal sealed class UnitStrength : CountPhraseRule
{
    public static readonly UnitStrength Rule = new();

    private static readonly WordSet Units = WordLists.Set("strengthUnitNouns");
    private static readonly WordSet Adverbs = WordLists.Set("strengthUnitAdverbs");
    private static readonly WordSet Verbs = WordLists.Set("strengthUnitVerbs");
    private static readonly WordSet TroopNouns = WordLists.Set("strengthTroopNouns");

    private UnitStrength()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric != Metric.Other || draft.Status != ClaimStatus.Reported || !reader.IsIn(phrase.Noun, TroopNouns)
            || !reader.IsIn(phrase.TokenBefore, Verbs))
        {
            return true;
        }
        var unit = reader.IsIn(phrase.TokenBefore - 1, Adverbs) ? phrase.TokenBefore - 2 : phrase.TokenBefore - 1;
        if (reader.IsIn(unit, Units))
        {
            draft.Metric = Metric.Deployed;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
