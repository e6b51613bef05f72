namespace ClaimTracker.Core.Claims;

/// <summary>
/// Civilians moved by someone else are evacuated, not displaced: "15,000 residents had been moved away from the
/// border", "138,000 villagers were moved to shelters". A passive "moved" or "relocated" (metrics.json movedBySomeone
/// after passiveAuxiliaries) in the clause after a count of civilians that `CiviliansOnTheMove` read as displaced;
/// people who moved of their own accord stay displaced. Golden case: moved_to_shelters_is_evacuated.
/// </summary>
internal sealed class MovedToSafety : CountPhraseRule
{
    public static readonly MovedToSafety Rule = new();

    private static readonly WordSet Moved = WordLists.Set("movedBySomeone");
    private static readonly WordSet Auxiliaries = WordLists.Set("passiveAuxiliaries");

    private MovedToSafety()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Military || draft.Metric != Metric.Displaced)
        {
            return true;
        }
        for (var i = phrase.AfterCount + 1; i <= phrase.Right && i < reader.Tokens.Count; i++)
        {
            if (reader.IsIn(i, Moved) && reader.IsIn(i - 1, Auxiliaries))
            {
                draft.Metric = Metric.Evacuated;
                return true;
            }
        }
        return true;
    }
}
