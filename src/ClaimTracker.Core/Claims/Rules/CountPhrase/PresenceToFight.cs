namespace ClaimTracker.Core.Claims;

/// <summary>
/// "As many as 11,000 soldiers are in Russia to fight", "12,000 troops who came to fight against us": a count whose
/// verb says the people are present somewhere (a form of "be" followed by "in", or a verb of arrival) with "to fight"
/// as its purpose is a deployment, as "sent 12,000 troops to fight" is (the gold reads "came to fight" as deployed).
/// "5,000 troops continue to fight" or "are fighting in Kursk" stay engaged: no presence verb, or no "to" before the
/// fight word. Words as data (metrics.json <c>presenceVerbs</c>, <c>fightArrivalVerbs</c>). Read by <see cref="ClauseMetric"/>.
/// Golden cases: present_somewhere_to_fight_is_deployed, continuing_to_fight_stays_engaged.
/// </summary>
internal static class PresenceToFight
{
    private static readonly WordSet BeForms = WordLists.Set("presenceVerbs");
    private static readonly WordSet Arrivals = WordLists.Set("fightArrivalVerbs");

    // The fight word at fightAt is a purpose infinitive ("to fight") after a presence or arrival verb in the clause.
    public static bool Before(PeopleCountReader reader, int afterCount, int fightAt)
    {
        if (fightAt <= afterCount || !reader.Is(fightAt - 1, "to"))
        {
            return false;
        }
        for (var j = afterCount; j < fightAt - 1; j++)
        {
            if (reader.IsIn(j, Arrivals) || reader.IsIn(j, BeForms) && reader.Is(j + 1, "in"))
            {
                return true;
            }
        }
        return false;
    }
}
