namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Chad is preparing camps for a further 60,000 expected in the coming weeks": the plan word before the count is the
/// preparer's ("preparing camps"), while the participle right after the count (status.json <c>forecastParticiples</c>)
/// forecasts the people counted, the README's "expected" (an observer's forecast of arrivals, not an actor's decision).
/// Read only when a plan word set the status and the count is not the plan verb's own object ("plans to send 3,000
/// expected to …" stays planned: a plan action, metrics.json <c>plannedActions</c>, right before the count). UNHCR and
/// OCHA write refugee arrivals so. Golden case: arrivals_expected_after_a_plan.
/// </summary>
internal sealed class ForecastAfterTheCount : CountPhraseRule
{
    public static readonly ForecastAfterTheCount Rule = new();

    private static readonly WordSet Participles = WordLists.Set("forecastParticiples");
    private static readonly WordSet Copulas = WordLists.Set("predicateCopulas");
    private static readonly WordSet Bridges = WordLists.Set("planBridges");

    private ForecastAfterTheCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Status != ClaimStatus.Planned)
        {
            return true;
        }
        var after = reader.IsIn(phrase.AfterCount, Copulas) ? phrase.AfterCount + 1 : phrase.AfterCount;
        if (!reader.IsIn(after, Participles) || PlanVerbBefore(reader, phrase.TokenBefore))
        {
            return true;
        }
        draft.Status = ClaimStatus.Expected;
        return true;
    }

    // "to send another 3,000": the plan verb's object, past "a further", "another".
    private static bool PlanVerbBefore(PeopleCountReader reader, int before)
    {
        var verb = before;
        for (var bridged = 0; bridged < 2 && reader.IsIn(verb, Bridges); bridged++)
        {
            verb--;
        }
        return reader.IsIn(verb, ClaimLexicon.PlannedActions) || reader.IsIn(verb, ClaimLexicon.Planned);
    }
}
