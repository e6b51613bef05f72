namespace ClaimTracker.Core.Claims;

/// <summary>
/// "4,700 people have lost a limb", "850 children lost one or both legs": a lost limb is a wound, not a loss of the
/// people counted (metrics.json limbLeads, limbs). Asked by <see cref="MetricWord"/> before "lost" is read as losses.
/// Golden case: lost_a_limb_is_wounded.
/// </summary>
internal static class LostALimb
{
    private static readonly WordSet LimbLeads = WordLists.Set("limbLeads");
    private static readonly WordSet Limbs = WordLists.Set("limbs");

    /// <summary>
    /// Whether "or" at <paramref name="i"/> joins a share of each person's limbs ("had one or both legs amputated"), not
    /// a second verb phrase. Golden case: one_or_both_legs_amputated.
    /// </summary>
    public static bool OneOrBoth(PeopleCountReader reader, int i) =>
        reader.Is(i, "or") && reader.Is(i - 1, "one") && reader.Is(i + 1, "both");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!w.StartsWith("los", StringComparison.OrdinalIgnoreCase) || !ClaimLexicon.KilledOrWounded.Contains(w))
        {
            return false;
        }
        for (var j = i + 1; j <= i + 4 && j < reader.Tokens.Count && reader.Tokens[j].IsWord; j++)
        {
            if (reader.IsIn(j, Limbs))
            {
                return true;
            }
            if (!reader.IsIn(j, LimbLeads))
            {
                return false;
            }
        }
        return false;
    }
}
