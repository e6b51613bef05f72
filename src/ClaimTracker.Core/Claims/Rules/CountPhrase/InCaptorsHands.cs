namespace ClaimTracker.Core.Claims;

/// <summary>
/// "fewer than 500 of its men were in RSF hands", "some 2,000 soldiers remain in Russian hands", "300 fighters now in
/// the hands of the army": people in a side's hands are its captives, as people "in Russian captivity" are (Unseen80 tass;
/// Unseen15's "remain in Russian captivity"; "Ukrainian soldiers in Russian hands", Unseen text on the trials). The
/// holder is a capitalised name or nationality between "in" and "hands" (or metrics.json handsHolderWords: "enemy"), or
/// "the hands of" someone; "weapons in their hands" names no holder. Asked by <see cref="MetricWord"/> with the other
/// captured words. Golden case: in_a_sides_hands_is_captured.
/// </summary>
internal static class InCaptorsHands
{
    private static readonly WordSet HolderWords = WordLists.Set("handsHolderWords");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!w.Equals("hands", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // "in the hands of the army"
        if (reader.Is(i - 1, "the") && reader.Is(i - 2, "in") && reader.Is(i + 1, "of"))
        {
            return true;
        }
        // "in RSF hands", "in Russian hands", "in enemy hands"
        return reader.Is(i - 2, "in") && i - 1 >= 0 && reader.Tokens[i - 1].IsWord
            && (char.IsUpper(reader.Text[reader.Tokens[i - 1].Start]) || reader.IsIn(i - 1, HolderWords));
    }
}
