namespace ClaimTracker.Core.Claims;

/// <summary>
/// The dead moved out of a morgue are counted dead, not deployed: "17 were transferred from morgues in Russia", "the
/// remains of 40 were moved from the mortuary", "12 arrived from the morgue at Nasser Hospital". A deployment word
/// ("transferred", "moved", "arrived": metrics.json <c>deployed</c>) with a morgue word a few words after it
/// (metrics.json <c>morgueWords</c>) after "from" is killed; "40 troops were transferred from Kursk" stays deployed, and
/// "relatives gathered outside the morgue" are no dead. Read by
/// <see cref="MetricWord"/>. Tested by FromTheMorgueTests.
/// </summary>
internal static class FromTheMorgue
{
    // "transferred from morgues", "moved from the city mortuary": the morgue a few words on.
    private const int Reach = 4;

    private static readonly WordSet Morgues = WordLists.Set("morgueWords");

    public static bool Follows(PeopleCountReader reader, int i)
    {
        if (!reader.Is(i + 1, "from"))
        {
            return false;
        }
        for (var j = i + 2; j < reader.Tokens.Count && j <= i + Reach; j++)
        {
            if (reader.IsIn(j, Morgues))
            {
                return true;
            }
        }
        return false;
    }
}
