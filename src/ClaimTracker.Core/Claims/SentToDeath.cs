namespace ClaimTracker.Core.Claims;

/// <summary>
/// A send verb whose destination is death names the killed, not a deployment: 11 terrorists had been "sent to hell"
/// (the phrase of Pakistan's military statements), "sent them to their deaths". Golden case: sent_to_hell_is_killed.
/// </summary>
internal static class SentToDeath
{
    private static readonly WordSet SendVerbs = WordLists.Set("deathSendVerbs");
    private static readonly WordSet DeathPlaces = WordLists.Set("deathPlaces");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!SendVerbs.Contains(w) || !reader.Is(i + 1, "to"))
        {
            return false;
        }
        var j = reader.Is(i + 2, "their") || reader.Is(i + 2, "the") || reader.Is(i + 2, "his") ? i + 3 : i + 2;
        return reader.IsIn(j, DeathPlaces);
    }
}
