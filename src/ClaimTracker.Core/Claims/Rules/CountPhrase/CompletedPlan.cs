namespace ClaimTracker.Core.Claims;

/// <summary>
/// A plan that the actor says it has carried out is no plan for the count: "said last week it had completed the first
/// phase of its plan and deployed about 9,500 soldiers in the area" (Unseen47 anadolu-lebanon-mansouri-mayfadoun-strikes;
/// the Lebanese army's reports on its deployment south of the Litani are worded so) reports troops already there. A
/// completion verb (status.json completionVerbs) a few words before the plan noun (completedPlanNouns), with no punctuation between, makes
/// the plan word describe a stage done. Asked by <see cref="StatedPlan"/> for plan words before and after the count.
/// Golden case: a_completed_phase_of_a_plan_is_reported (with the control "plans to deploy").
/// </summary>
internal static class CompletedPlan
{
    // How many words the completed stage may take before the plan word ("the first phase of its plan").
    private const int StageReach = 6;

    private static readonly WordSet CompletionVerbs = WordLists.Set("completionVerbs");
    private static readonly WordSet PlanNouns = WordLists.Set("completedPlanNouns");

    public static bool At(PeopleCountReader reader, int i)
    {
        // Only the noun: "completed the talks and agreed to send 3,000" is still a decision taken.
        if (!reader.IsIn(i, PlanNouns))
        {
            return false;
        }
        for (var k = i - 1; k >= 0 && k >= i - StageReach; k--)
        {
            if (!reader.Tokens[k].IsWord)
            {
                return false;
            }
            if (reader.IsIn(k, CompletionVerbs))
            {
                return true;
            }
        }
        return false;
    }
}
