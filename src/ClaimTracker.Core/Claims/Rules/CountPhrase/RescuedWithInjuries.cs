namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Two children had been pulled alive from the debris with injuries", "were rescued with serious wounds": people
/// brought out hurt are counted by the gold as wounded (Unseen40), where a rescue alone is evacuated
/// (<see cref="PulledFrom"/>). A rescue (pulled out of a place, or a word of metrics.json rescued) with "with" and a
/// wound word (the wounded list) up to two words on, later in the same stretch of words. Asked by
/// <see cref="MetricWord"/>. Golden case: pulled_out_with_injuries_is_wounded.
/// </summary>
internal static class RescuedWithInjuries
{
    // "pulled alive from the rubble of their home with injuries": the place may take a few words.
    private const int Reach = 10;

    private static readonly WordSet Rescued = WordLists.Set("rescued");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        (Rescued.Contains(w) || PulledFrom.Reads(reader, i, w)) && InjuriesAfter(reader, i);

    private static bool InjuriesAfter(PeopleCountReader reader, int i)
    {
        for (var j = i + 1; j < reader.Tokens.Count && j <= i + Reach && (reader.Tokens[j].IsWord || reader.IsNumberToken(j)); j++)
        {
            if (reader.Is(j, "with") && (reader.IsIn(j + 1, ClaimLexicon.Wounded) || (j + 2 < reader.Tokens.Count && reader.Tokens[j + 1].IsWord && reader.IsIn(j + 2, ClaimLexicon.Wounded))))
            {
                return true;
            }
        }
        return false;
    }
}
