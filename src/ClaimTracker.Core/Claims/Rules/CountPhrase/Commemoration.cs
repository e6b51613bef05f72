namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Kim said the sacrifice of the 101 fallen soldiers would never be forgotten", "their feats will be remembered
/// forever": a modal before a verb of remembrance (status.json <c>commemorationVerbs</c>, reached over
/// <c>commemorationBridges</c> — never, always, be) is a vow to honour the dead, not a forecast of the count; the deaths it
/// mourns are reported. Seen in KCNA-relayed memorial copy (Unseen18 ap-north-korea-engineers-return, and the ceremonies
/// for the troops killed in Kursk). Asked by <see cref="Forecast"/>. Golden cases: never_be_forgotten_is_no_forecast,
/// could_be_sent_is_still_a_forecast (control).
/// </summary>
internal static class Commemoration
{
    private static readonly WordSet Bridges = WordLists.Set("commemorationBridges");
    private static readonly WordSet Verbs = WordLists.Set("commemorationVerbs");

    /// <summary>Whether the modal at <paramref name="modal"/> opens a vow of remembrance.</summary>
    public static bool Follows(PeopleCountReader reader, int modal)
    {
        var j = modal + 1;
        while (j < reader.Tokens.Count && j <= modal + 4 && reader.IsIn(j, Bridges))
        {
            j++;
        }
        return j > modal + 1 && reader.IsIn(j, Verbs);
    }
}
