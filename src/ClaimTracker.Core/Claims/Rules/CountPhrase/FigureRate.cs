namespace ClaimTracker.Core.Claims;

/// <summary>
/// A bare figure given per period before its verb: "Around 1,500 a day are still coming to the enlistment offices"
/// (Unseen81 dw-putin-year-end-press-conference: the gold row is 1,500 deployed), "an average of around 1,200 a month were
/// killed" (golden case). The golds keep rates as claims ("1,300 troops a day", "about 95 each day"); the bare figure lost its reading
/// because the rate's words stood where <see cref="BareCount"/> looks for the verb after a bare count, so the rate
/// (counts.json figureRateLeads, figureRateUnits) is stepped over there. Not stepped over after a toll ("losses were
/// closer to 1,200 a day"): tried, it found four more gold rows but gave three of them the fate, people or status of the
/// story's other counts (Unseen20 pentagon-briefing, Unseen86 carnegie-politika), and lowered four sets' labels.
/// Golden case: a_count_per_day_before_its_verb.
/// </summary>
internal static class FigureRate
{
    private static readonly WordSet Leads = WordLists.Set("figureRateLeads");
    private static readonly WordSet Units = WordLists.Set("figureRateUnits");

    /// <summary>The token after a rate standing at <paramref name="at"/>, or <paramref name="at"/> when none does.</summary>
    public static int Past(PeopleCountReader reader, int at) =>
        at + 1 < reader.Tokens.Count && reader.IsIn(at, Leads) && reader.IsIn(at + 1, Units) ? at + 2 : at;
}
