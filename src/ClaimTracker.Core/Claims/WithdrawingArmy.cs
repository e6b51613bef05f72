namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the Lebanese army and United Nations peacekeepers are to deploy in southern Lebanon as the Israeli army withdraws
/// … The army has said it will send some 5,000 additional troops to the south": an army the story has just withdrawing
/// is not the army whose troops the next sentence sends or deploys, so "the army" passes over it to the army named
/// before it. Only where the anaphor's sentence sends or deploys (attribution.json <c>armySendingWords</c>) and a
/// withdrawal verb (<c>armyWithdrawalVerbs</c>) follows the army's name within a few words of its clause. Unseen51
/// islamdigitals-afp-saf-al-hawa-checkpoint; golden case the_army_that_sends_troops_is_not_the_one_withdrawing,
/// negative control the_withdrawing_army_still_speaks_of_its_own_dead; <c>SameBodyAnaphorTests</c>.
/// </summary>
internal static class WithdrawingArmy
{
    private static readonly WordSet Sending = WordLists.Set("armySendingWords");
    private static readonly WordSet Withdrawing = WordLists.Set("armyWithdrawalVerbs");
    private const int MaxWordsToVerb = 4;

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> (the anaphor's sentence) sends or deploys troops.</summary>
    public static bool Sends(string text, int start, int end)
    {
        foreach (var word in new SpacedWords(text.AsSpan(start, end - start)))
        {
            if (Sending.Contains(word.TrimEnd(".,;:\"”")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a withdrawal verb follows the army named up to <paramref name="end"/> within its clause ("the Israeli army withdraws").</summary>
    public static bool Withdraws(string text, int end)
    {
        var words = 0;
        foreach (var word in new SpacedWords(text.AsSpan(end, Math.Min(80, text.Length - end))))
        {
            if (Withdrawing.Contains(word.TrimEnd(".,;:")))
            {
                return true;
            }
            if (++words >= MaxWordsToVerb || word.IndexOfAny(".,;:") >= 0)
            {
                return false;
            }
        }
        return false;
    }
}
