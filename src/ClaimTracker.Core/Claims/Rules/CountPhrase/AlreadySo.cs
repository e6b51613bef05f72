namespace ClaimTracker.Core.Claims;

/// <summary>
/// "12,000 workers would be sent this year, on top of roughly 3,000 already working there": a count followed by
/// "already" states what is so, neither a plan nor a forecast, whatever the clause before it intends. Read by
/// <see cref="StatedPlan"/> and <see cref="Forecast"/>. Golden case: already_there_is_no_plan.
/// </summary>
internal static class AlreadySo
{
    public static bool Follows(PeopleCountReader reader, CountPhrase phrase) =>
        reader.Is(phrase.Last + 1, "already") || reader.Is(phrase.AfterCount, "already");
}
