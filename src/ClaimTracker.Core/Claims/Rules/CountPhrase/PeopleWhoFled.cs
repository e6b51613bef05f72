namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israel says its campaign aims to allow the return of some 60,000 residents of northern Israel who fled Hezbollah
/// rocket fire", "it wants to return tens of thousands of people who left their homes": the plan is the return; the
/// count is of people who have already fled, and a relative clause "who/that fled, left, escaped" (status.json
/// fledRelatives, fledVerbs) after the count's noun says so. Such a displaced count is reported whatever the clause
/// before it intends, as every "who fled" row of the sets is. Only a displaced count: "plans to evacuate 300 people
/// who fled to the hospital" is an evacuation planned. Read by <see cref="StatedPlan"/>, <see cref="Forecast"/>
/// and <see cref="AgreedHandover"/> ("wants to return" is a handover verb after a plan word).
/// Golden case: PeopleWhoFledTests.
/// </summary>
internal static class PeopleWhoFled
{
    // How far after the count's noun the relative pronoun may stand: "residents of northern Israel who".
    private const int RelativeReach = 6;

    private static readonly WordSet Relatives = WordLists.Set("fledRelatives");
    private static readonly WordSet FledVerbs = WordLists.Set("fledVerbs");

    public static bool Follows(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric != Metric.Displaced)
        {
            return false;
        }
        var from = Math.Max(phrase.AfterCount, phrase.TokenAfter);
        for (var i = from; i <= from + RelativeReach && i < reader.Tokens.Count && reader.Tokens[i].IsWord; i++)
        {
            if (!reader.IsIn(i, Relatives))
            {
                continue;
            }
            // "who fled", "who had fled", "who have left".
            var verb = reader.Is(i + 1, "had") || reader.Is(i + 1, "have") || reader.Is(i + 1, "has") ? i + 2 : i + 1;
            return reader.IsIn(verb, FledVerbs);
        }
        return false;
    }
}
