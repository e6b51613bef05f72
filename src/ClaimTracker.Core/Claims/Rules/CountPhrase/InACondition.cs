namespace ClaimTracker.Core.Claims;

/// <summary>
/// People said to be "in (a) critical / serious condition" or "fighting for their lives" are wounded, when nothing else
/// in the clause names their fate: "Four people in serious condition have been taken to Dnipro", "Six people were in a
/// critical condition, medics said", "Of those five, two are fighting for their lives" (where "fighting" alone reads as
/// engaged). Hospital updates after strikes in Ukraine, Gaza and Lebanon report the gravely hurt so, often without a
/// wound word of their own. A fate the clause gives ("Two patients in critical condition succumbed", "14 critical
/// patients were transferred") wins: only a count read as no fate, engaged or deployed is changed; a cause of illness
/// after the condition ("in critical condition from malnutrition") names no wound (the treatment convention).
/// Model: a condition word (metrics.json <c>conditionWords</c>) with a grave state before it (<c>conditionStates</c>)
/// and "in" before that, or "fighting for … lives", within a few words after the count and inside its clause.
/// A share of people counted before ("four of them were in critical condition") is in no condition as dead: "them"
/// carried the dead of an earlier sentence where the sentence's own subject is the wounded ("The wounded were taken to
/// Nasser, where doctors said four of them were in critical condition"), so a carried killed changes too.
/// "In intensive care" is such a condition too (the state "intensive", the condition word "care": "Eleven others
/// remain in intensive care", hospital updates after blasts). Golden cases: in_a_critical_condition_are_wounded,
/// the_dead_are_in_no_condition, in_intensive_care_are_wounded.
/// </summary>
internal sealed class InACondition : CountPhraseRule
{
    public static readonly InACondition Rule = new();

    // How far after the count the condition may stand: "Six people were still in a critical condition".
    private const int Reach = 7;

    private static readonly WordSet ConditionWords = WordLists.Set("conditionWords");
    private static readonly WordSet ConditionStates = WordLists.Set("conditionStates");
    private static readonly WordSet IllnessCauses = WordLists.Set("conditionIllnessCauses");
    private static readonly WordSet Fighting = WordLists.Set("fightingForLife");

    private InACondition()
        : base(RuleTriggers.Of("inACondition"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is not (null or Metric.Other or Metric.Engaged or Metric.Deployed) && !(phrase.SawThem && draft.Metric == Metric.Killed))
        {
            return true;
        }
        var end = Math.Min(Math.Min(reader.Tokens.Count, phrase.Right), phrase.AfterCount + Reach);
        for (var i = Math.Max(0, phrase.AfterCount); i < end; i++)
        {
            if (InGraveCondition(reader, i) || FightingForLife(reader, i))
            {
                if (reader.HasAny(IllnessCauses, i + 1, Math.Min(reader.Tokens.Count, i + 4)))
                {
                    return true;
                }
                draft.Metric = Metric.Wounded;
                draft.MetricGuessed = false;
                return true;
            }
        }
        return true;
    }

    // "in critical condition", "in a serious condition", "in a stable but serious condition": "in" up to three words before.
    private static bool InGraveCondition(PeopleCountReader reader, int i)
    {
        if (!reader.IsIn(i, ConditionWords) || !reader.IsIn(i - 1, ConditionStates))
        {
            return false;
        }
        for (var j = i - 2; j >= Math.Max(0, i - 5); j--)
        {
            if (reader.Is(j, "in"))
            {
                return true;
            }
        }
        return false;
    }

    // "fighting for their lives", "fighting for his life".
    private static bool FightingForLife(PeopleCountReader reader, int i) =>
        reader.IsIn(i, Fighting) && reader.Is(i + 1, "for") && (reader.Is(i + 3, "lives") || reader.Is(i + 3, "life"));
}
