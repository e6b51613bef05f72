namespace ClaimTracker.Core.Claims;

/// <summary>
/// "12,000 workers would be sent this year, on top of roughly 3,000 already working there": a count followed by
/// "already" states what is so, neither a plan nor a forecast, whatever the clause before it intends. Read by
/// <see cref="StatedPlan"/> and <see cref="Forecast"/>. A modal right after the "already" phrase makes the count the
/// subject of a plan of its own: "the tours of duty of another 20,000 reservists already serving would also be
/// extended" is planned ("already serving" only describes them). So is a count whose sending its own participle dates
/// in the past: "the deployment would add to the 11,000 soldiers sent last autumn" (a deploying participle right after
/// the count phrase, then a past-time lead, status.json pastTimeLeads, within a few words). Golden cases:
/// already_there_is_no_plan, already_serving_and_a_plan_after, sent_last_autumn_is_no_forecast.
/// </summary>
internal static class AlreadySo
{
    // How far after "already" the modal may stand: "already serving in Gaza would".
    private const int ModalReach = 6;

    // How far after the participle the past time may stand: "sent to the Kursk region last autumn".
    private const int PastTimeReach = 5;

    private static readonly WordSet Modals = WordLists.Set("alreadyThenModals");
    private static readonly WordSet PastTimeLeads = WordLists.Set("pastTimeLeads");

    public static bool Follows(PeopleCountReader reader, CountPhrase phrase)
    {
        // "would begin withdrawing its 1,000-strong contingent": a force its owner already has is so, whatever it plans.
        if (StrengthUnit.Owned(reader, phrase))
        {
            return true;
        }
        if (SentEarlier(reader, phrase.AfterCount))
        {
            return true;
        }
        var already = reader.Is(phrase.TokenAfter, "already") ? phrase.TokenAfter : reader.Is(phrase.AfterCount, "already") ? phrase.AfterCount : -1;
        if (already < 0)
        {
            return false;
        }
        for (var i = already + 1; i <= already + ModalReach && i < reader.Tokens.Count && reader.Tokens[i].IsWord; i++)
        {
            if (Modals.Contains(reader.Word(i)))
            {
                return false;
            }
        }
        return true;
    }

    // "11,000 soldiers sent last autumn", "the 3,000 troops deployed there earlier this year".
    private static bool SentEarlier(PeopleCountReader reader, int participle)
    {
        if (participle >= reader.Tokens.Count || !reader.Tokens[participle].IsWord || MetricWord.At(reader, participle, participle + 1) != Metric.Deployed)
        {
            return false;
        }
        for (var i = participle + 1; i <= participle + PastTimeReach && i < reader.Tokens.Count && reader.Tokens[i].IsWord; i++)
        {
            if (PastTimeLeads.Contains(reader.Word(i)))
            {
                return true;
            }
        }
        return false;
    }
}
