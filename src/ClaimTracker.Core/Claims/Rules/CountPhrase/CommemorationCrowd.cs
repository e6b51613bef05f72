namespace ClaimTracker.Core.Claims;

/// <summary>
/// People who join or gather at a commemoration are a crowd, not a deployment: "More than 300 Beirut residents joined
/// Wednesday's commemoration", "some 2,000 people gathered for the funeral", "hundreds joined a vigil outside the
/// hospital". A deployment word ("joined", "gathered": metrics.json <c>deployed</c>) followed within a few words by an
/// event of mourning or protest (metrics.json <c>commemorationNouns</c>) is other; "1,500 volunteers joined the brigade"
/// stays deployed. Read by <see cref="MetricWord"/>. Tested by CommemorationCrowdTests.
/// </summary>
internal static class CommemorationCrowd
{
    // "joined Wednesday's commemoration", "gathered in the square for the funeral": the event a few words on.
    private const int Reach = 6;

    private static readonly WordSet Events = WordLists.Set("commemorationNouns");

    public static bool Follows(PeopleCountReader reader, int i)
    {
        for (var j = i + 1; j < reader.Tokens.Count && j <= i + Reach; j++)
        {
            if (reader.IsIn(j, Events))
            {
                return true;
            }
        }
        return false;
    }
}
