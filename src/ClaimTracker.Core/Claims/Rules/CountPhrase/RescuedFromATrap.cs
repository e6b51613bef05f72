namespace ClaimTracker.Core.Claims;

/// <summary>
/// People a rescue verb brings out of a trap are evacuated, not missing: "Civil defence crews rescued 25 people trapped
/// under the rubble", "Volunteers rescued 42 people trapped by flooding", "crews rescued 17 people trapped under a
/// collapsed stairwell". The trap word after the count ("trapped", "buried", "stranded": metrics.json <c>trapWords</c>)
/// says where they were, the rescue verb right before the count (metrics.json <c>rescued</c>, read like a release verb
/// by <see cref="ReleasedCount"/>) what happened to them; the gold sets read pulled-out and rescued people as
/// evacuated. "Rescuers were searching for 15 people trapped" (no rescue verb before the count) stays missing, and
/// "the raid that rescued four hostages" (no trap word) stays as read. Golden cases: rescued_from_a_trap_is_evacuated,
/// trapped_with_no_rescue_stays_missing.
/// </summary>
internal sealed class RescuedFromATrap : CountPhraseRule
{
    public static readonly RescuedFromATrap Rule = new();

    private const int TrapReach = 6;

    private static readonly WordSet Rescued = WordLists.Set("rescued");
    private static readonly WordSet TrapWords = WordLists.Set("trapWords");

    private RescuedFromATrap()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is Metric.Missing or Metric.Other
            && ReleasedCount.Before(reader, phrase.QualifierFirst, phrase.Left, Rescued)
            && reader.HasAny(TrapWords, phrase.AfterCount, Math.Min(phrase.Right + 1, phrase.AfterCount + TrapReach)))
        {
            draft.Metric = Metric.Evacuated;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
