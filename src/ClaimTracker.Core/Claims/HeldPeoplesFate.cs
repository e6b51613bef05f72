using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A people noun that names a status (prisoners, hostages, refugees, "those abducted") yields to a casualty word in
/// the verb group after it that says what happened to them: "14 prisoners and two guards had been wounded", "More than
/// 500 prisoners have been killed", "27 Rohingya refugees, many of them children, drowned", "19 hostages dead", "29 of
/// those abducted were still missing". The verb group runs past a coordinated count ("and two guards") and an aside,
/// not past a second verb ("freeing 286 hostages and killing all 29 militants"). Without such a word the noun's status
/// stands ("Some 101 hostages remain in Gaza"). A release after them ("20 captives freed", "1,000 prisoners have come
/// home", "the 20 living captives have been transferred") makes them `other`, as a release before them does (<see cref="ReleasedCount"/>); a swap still to come keeps
/// them held (<see cref="SwapToCome"/>). Detainees yield the same way ("Three detainees died in custody", "Forty detainees
/// were freed"). Golden cases: prisoners_killed_not_captured, swap_to_come_counts_the_held, detainees_who_died_in_custody,
/// detainees_freed_are_released, a_part_freed_keeps_the_whole_held.
/// </summary>
internal static class HeldPeoplesFate
{
    private static readonly WordSet HeldReleased = WordLists.Set("heldReleased");
    private static readonly WordSet HomecomingVerbs = WordLists.Set("homecomingVerbs");
    private static readonly WordSet KillVerbs = WordLists.Set("killVerbs");
    private static readonly WordSet PartReleaseLeads = WordLists.Set("partReleaseLeads");

    public static Metric? After(PeopleCountReader reader, int from, int right, Metric nounMetric, bool objectOfVerb = false)
    {
        // "Two detainees died in custody": the detained yield to their death as the held do.
        if (nounMetric is not (Metric.Captured or Metric.Displaced or Metric.Detained))
        {
            return null;
        }
        var tokens = reader.Tokens;
        var (resume, _) = ClauseMetric.SkipAside(reader, right);
        for (var i = from + 1; i < tokens.Count && i <= from + 12; i++)
        {
            if (i == right && resume > right)
            {
                i = resume;
            }
            if (i >= tokens.Count || !tokens[i].IsWord || ClaimLexicon.ClauseBreaks.Contains(reader.Word(i)) || SecondVerb(reader, i, objectOfVerb))
            {
                return null;
            }
            if (MetricWord.At(reader, i, i + 1) is { } m && m is Metric.Killed or Metric.Wounded or Metric.Missing or Metric.KilledOrWounded)
            {
                return m;
            }
            // "20 captives freed", "the 20 living captives held in Gaza have been transferred", "1,000 prisoners have come
            // home": held people released are no longer held; "prisoners are to be exchanged" still counts prisoners.
            if (nounMetric is Metric.Captured or Metric.Detained && (ClaimLexicon.Released.Contains(reader.Word(i))
                || (HeldReleased.Contains(reader.Word(i)) && !reader.Is(i - 1, "be")) || ComeHome(reader, i)))
            {
                return PartReleased(reader, i) ? null : Metric.Other;
            }
        }
        return null;
    }

    // "Gunmen who seized 120 pupils last month have freed 98 of them": a release with a count of its own frees a part;
    // the whole the captors took stays captured (counts.json partReleaseLeads may stand between: "freed another 40").
    // "freed all 20" frees the whole (golden case a_part_freed_keeps_the_whole_held).
    private static bool PartReleased(PeopleCountReader reader, int i)
    {
        var j = i + 1;
        if (reader.IsIn(j, PartReleaseLeads))
        {
            j++;
        }
        return j < reader.Tokens.Count && (reader.IsNumberToken(j) || (reader.Tokens[j].IsWord && NumberWord.TryGet(reader.Word(j), out _)));
    }

    private static bool ComeHome(PeopleCountReader reader, int i) =>
        reader.Is(i + 1, "home") && HomecomingVerbs.Contains(reader.Word(i));

    // "and killing all 29 militants" starts a second verb phrase; "and two guards" a second count that shares the verb.
    // After a count that is the object of an active verb ("abducted 38 villagers and killed 11 others"), a verb of
    // counts.json killVerbs after "and" is the captors' next act, not the held people's fate, though "killed" and
    // "wounded" also name people (golden case abducted_and_killed_others_keeps_the_abducted).
    private static bool SecondVerb(PeopleCountReader reader, int i, bool objectOfVerb) =>
        reader.Is(i, "and") && i + 1 < reader.Tokens.Count && reader.Tokens[i + 1].IsWord && !reader.IsNumberToken(i + 1)
        && !NumberWord.TryGet(reader.Word(i + 1), out _)
        && (!PeopleWords.IsPeopleNoun(reader.Word(i + 1)) || (objectOfVerb && KillVerbs.Contains(reader.Word(i + 1))));
}
