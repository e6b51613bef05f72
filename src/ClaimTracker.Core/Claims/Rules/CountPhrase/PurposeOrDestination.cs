namespace ClaimTracker.Core.Claims;

/// <summary>
/// A purpose or a destination after a count does not end the list it stands in: "send 1,000 sappers to clear mines in
/// Russia's Kursk region and 5,000 military construction workers to rebuild …" — the workers are sent too, as planned
/// as the sappers. "to" and a few words (no figure, no mark but an apostrophe or a hyphen) running up to the "and" before
/// the next count. Asked by <see cref="CoordinatedObject"/> (metric) and <see cref="CoordinatedCount"/> (status).
/// Golden case: purpose_between_coordinated_counts.
/// </summary>
internal static class PurposeOrDestination
{
    private const int MostWords = 8;

    /// <summary>Whether tokens <paramref name="i"/> up to <paramref name="and"/> are "to" and such a phrase.</summary>
    public static bool Spans(PeopleCountReader reader, int i, int and)
    {
        if (!reader.Is(i, "to") || and - i - 1 is < 1 or > MostWords)
        {
            return false;
        }
        for (var k = i + 1; k < and; k++)
        {
            if (reader.IsNumberToken(k) || (!reader.Tokens[k].IsWord && reader.Text[reader.Tokens[k].Start] is not ('-' or '’' or '\'')))
            {
                return false;
            }
        }
        return true;
    }
}
