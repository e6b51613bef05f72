namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, the Palestinian health ministry said [a body the registry does not hold]. At least 12 were wounded, the
/// ministry said": the anaphor continues the unregistered body carried from before, whose words end in its noun, so it
/// credits no registry body (not Gaza's ministry by the dateline's country, not the last ministry named). Golden case:
/// palestinian_ministry_in_a_west_bank_story.
/// </summary>
internal static class UnregisteredSpeakerContinues
{
    /// <summary>Whether the anaphor ("the ministry") continues the carried speaker that named no registry body.</summary>
    public static bool Holds(string anaphorText, Attributor? carried)
    {
        // A named body ("the Palestinian health ministry", "the Ramallah-based ministry"), not a bare description
        // ("health ministry says" in a headline), which the anaphor resolves as before.
        if (carried is not { Source: null, IsAnaphor: false } || (carried.Country is null && carried.IsGeneric))
        {
            return false;
        }
        var noun = LastWord(anaphorText);
        return noun.Length > 0 && LastWord(carried.Text).Equals(noun, StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> LastWord(string words)
    {
        var span = words.AsSpan().TrimEnd();
        return span[(span.LastIndexOf(' ') + 1)..];
    }
}
