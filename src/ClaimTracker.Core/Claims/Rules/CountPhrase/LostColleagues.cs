namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The federation said the Red Crescent had lost 23 colleagues on duty", "it had lost 17 of its paramedics", "his unit
/// had lost nine comrades": a body or a unit counting its own workers or comrades lost mourns its dead, as a person
/// losing kin does (<see cref="LostKin"/>); a state's or an army's "lost 1,230 troops" stays its losses, killed or
/// wounded. "Lost", at most two qualifier words (metrics.json lostCountLeads), the count, then a colleague noun
/// (colleagueNouns) within three words ("of its", "aid"). Asked by <see cref="MetricWord"/>. Golden case:
/// lost_colleagues_are_dead. The noun says it too: "the loss of 12 colleagues" mourns twelve dead, as "lost 12
/// colleagues" does (metrics.json <c>lossNouns</c>, then "of"); golden case loss_of_colleagues_is_dead. "Comrades"
/// lost point back to the people the sentences before name (<see cref="LostComrades"/>).
/// </summary>
internal static class LostColleagues
{
    private static readonly WordSet CountLeads = WordLists.Set("lostCountLeads");
    private static readonly WordSet Colleagues = WordLists.Set("colleagueNouns");
    private static readonly WordSet LossNouns = WordLists.Set("lossNouns");

    /// <summary>Whether <paramref name="w"/> is "loss" opening "loss of N comrades".</summary>
    public static bool LossOf(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        LossNouns.Contains(w) && reader.Is(i + 1, "of") && CountThenColleague(reader, i + 2);

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!w.Equals("lost", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var count = i + 1;
        while (count <= i + 2 && reader.IsIn(count, CountLeads))
        {
            count++;
        }
        return CountThenColleague(reader, count);
    }

    private static bool CountThenColleague(PeopleCountReader reader, int count)
    {
        if (count >= reader.Tokens.Count || !LostKin.IsCount(reader, count))
        {
            return false;
        }
        for (var j = count + 1; j <= count + 3 && j < reader.Tokens.Count && reader.Tokens[j].IsWord; j++)
        {
            if (reader.IsIn(j, Colleagues))
            {
                return true;
            }
        }
        return false;
    }
}
