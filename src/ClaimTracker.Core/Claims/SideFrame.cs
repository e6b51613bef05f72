namespace ClaimTracker.Core.Claims;

/// <summary>
/// "On the Israeli side, the army says 466 soldiers have been killed": a sentence that opens by turning to one side of a
/// war ("on the X side", attribution.json <c>sideFrameLeads</c> and <c>sideNouns</c>) places the bare army, ministry or
/// police it then quotes in that side's country, as "In neighbouring Mali, the army said" does; the nationality names
/// whose figures follow, not the attackers nor the counted's place. Read by <see cref="AnaphorResolver"/>'s CountryBefore.
/// Golden cases in SideFrameTests.
/// </summary>
internal static class SideFrame
{
    private static readonly WordSet Leads = WordLists.Set("sideFrameLeads");
    private static readonly WordSet SideNouns = WordLists.Set("sideNouns");

    /// <summary>Whether the nationality of <paramref name="count"/> tokens at <paramref name="i"/> sits in "on the X side".</summary>
    public static bool At(string text, List<Token> tokens, int i, int count)
    {
        var next = i + count;
        return i >= 2 && next < tokens.Count
            && Word(text, tokens, i - 1).Equals("the", StringComparison.OrdinalIgnoreCase)
            && Leads.Contains(Word(text, tokens, i - 2))
            && SideNouns.Contains(Word(text, tokens, next));
    }

    private static ReadOnlySpan<char> Word(string text, List<Token> tokens, int i) =>
        tokens[i].IsWord ? text.AsSpan(tokens[i].Start, tokens[i].Length) : ReadOnlySpan<char>.Empty;
}
