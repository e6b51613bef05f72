namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israeli troops detained two of its staff and two of their relatives" (a UN agency's post about its own staff): the
/// kin of staff who keep no people (an international body's or an aid group's, <see cref="AgencyStaff"/>,
/// <see cref="StaffEmployer"/>) are named by whose kin they are, not by the place, so Gaza's population does not reach
/// them either (gold "relatives", Unseen61 rte-who). The model: a kin count ("relatives", "family members",
/// people.json <c>kinPeople</c>) with "their" within a few words before its noun, right after a count of the same
/// sentence whose staff noun (populations.json <c>employeeNouns</c>) was left without a nation. Read by
/// <see cref="OwnPopulation"/>. Golden cases: an_agencys_staff_and_their_kin, a_familys_kin_in_gaza_are_palestinians.
/// </summary>
internal static class StaffsKin
{
    private const int Reach = 4;
    private static readonly WordSet KinPeople = WordLists.Set("kinPeople");
    private static readonly WordSet KinNouns = WordLists.Set("staffsKinNouns");
    private static readonly WordSet EmployeeNouns = WordLists.Set("employeeNouns");

    /// <summary>Whether <paramref name="draft"/> counts the kin of the staff <paramref name="previous"/> counts; <paramref name="tokens"/> are its sentence's.</summary>
    public static bool Are(string text, List<Token> tokens, ClaimDraft draft, ClaimDraft? previous)
    {
        var noun = draft.NounWord ?? draft.Noun;
        if (previous is null || previous.Sentence != draft.Sentence || previous.Nationalities.Count > 0 || previous.Military
            || !EmployeeNouns.Contains(previous.NounWord ?? previous.Noun) || !(KinPeople.Contains(noun) || KinNouns.Contains(noun)))
        {
            return false;
        }
        var count = CountToken.At(tokens, draft.Number.End);
        for (var i = count; i >= 0 && i < tokens.Count && i < count + Reach; i++)
        {
            if (tokens[i].IsWord && text.AsSpan(tokens[i].Start, tokens[i].Length).Equals("their", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
