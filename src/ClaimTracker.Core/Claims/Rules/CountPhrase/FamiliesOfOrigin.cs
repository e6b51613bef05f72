namespace ClaimTracker.Core.Claims;

/// <summary>
/// "killed 14 people from three families", "9 people from two families were killed", "17 bodies belonging to six
/// families": the families say whose the people counted just before were, and are no count of their own; nor do they
/// bound the clause of that count, whose verb may come after them. The model: "from" or "belonging to" right before
/// the number, a kin group (populations.json <c>kinGroups</c>) after it or after one word ("five different families"),
/// and the count before it ending at most three words before the preposition. Golden case: people_from_families.
/// </summary>
internal static class FamiliesOfOrigin
{
    private static readonly WordSet KinGroups = WordLists.Set("kinGroups");

    /// <summary>Whether the number from token <paramref name="first"/> to <paramref name="last"/> is such a count of families.</summary>
    public static bool At(PeopleCountReader reader, int first, int last, int previousCountEnd)
    {
        var preposition = reader.Is(first - 1, "from") ? first - 1 : reader.Is(first - 1, "to") && reader.Is(first - 2, "belonging") ? first - 2 : -1;
        return preposition > 0 && previousCountEnd >= 0 && preposition - previousCountEnd <= 4
            && (reader.IsIn(last + 1, KinGroups) || (reader.Tokens.Count > last + 2 && reader.Tokens[last + 1].IsWord && reader.IsIn(last + 2, KinGroups)));
    }
}
