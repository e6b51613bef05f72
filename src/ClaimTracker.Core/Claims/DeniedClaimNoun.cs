namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A spokesman for the army dismissed the RSF's claim of 11 civilian deaths as fabricated", "the ministry rejected
/// Hamas's claims that 40 were killed": after a denial word (status.json <c>denial</c>) and a possessive owner, "claim" is
/// the noun of the charge being denied, not the owner claiming: the owner is no speaker of the sentence, and the figure
/// is the denier's row, with status denied (the golds' convention "a claim the other side calls fabricated": Unseen77
/// sudantimes-rsf-telegram). Read as a verb, the owner took the figure and the reporting verb stopped the walk back to
/// the denial, so the denial read as the owner's report. Wire copy carries the same frame for a side's casualty claims
/// ("dismissed Moscow's claims of", "rejected the rebels' claim"). Only the possessive owner of at most
/// <see cref="OwnerWords"/> words right after the denial word. Golden case: a_claim_the_speaker_dismisses_is_denied.
/// </summary>
internal static class DeniedClaimNoun
{
    private static readonly WordSet Nouns = new("claim", "claims");

    // "dismissed the RSF's", "rejected the paramilitary group's": the owner's words between the denial and the possessive.
    private const int OwnerWords = 3;

    /// <summary>Whether token <paramref name="i"/> is "claim(s)" after a possessive owner that a denial word stands right before.</summary>
    public static bool Is(string text, List<Token> tokens, int i)
    {
        if (i < 4 || !tokens[i].IsWord || !Nouns.Contains(AttributionFinder.Word(text, tokens[i])) || !AttributionFinder.Is(text, tokens[i - 1], "s")
            || tokens[i - 2].IsWord || text[tokens[i - 2].Start] is not ('\'' or '’') || !tokens[i - 3].IsWord)
        {
            return false;
        }
        for (var k = i - 4; k >= 0 && k >= i - 4 - OwnerWords; k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
            if (ClaimLexicon.Denial.Contains(AttributionFinder.Word(text, tokens[k])))
            {
                return true;
            }
        }
        return false;
    }
}
