namespace ClaimTracker.Core.Claims;

/// <summary>
/// People who "passed through" a prison, a detention facility or a filtration camp were held there: "some 4,000
/// Gazans had passed through the facility" (Unseen79 haaretz-sde-teiman, a gold row with metric detained), "people
/// who passed through these filtration camps" (Ukrainian reporting on Russia's filtration system, read through the
/// stored pages). The model: after the count's noun, at most <see cref="AuxiliaryReach"/> auxiliaries (had, have,
/// been), a verb of counts.json <c>passThroughVerbs</c> and "through", then a place of holding (<c>heldPlaces</c>: prison,
/// jail, facility, colony, detention, filtration) within <see cref="PlaceReach"/> words; the metric becomes detained
/// when the clause gave it none. "16,000 soldiers had passed through Kursk in rotations" names no place of holding and
/// is not read. Golden case: passed_through_detention.
/// </summary>
internal sealed class PassedThroughDetention : CountPhraseRule
{
    public static readonly PassedThroughDetention Rule = new();

    // "had passed", "have since passed", "had already been passed".
    private const int AuxiliaryReach = 3;

    // "through the facility", "through these filtration camps", "through the Sde Teiman facility".
    private const int PlaceReach = 4;

    private static readonly WordSet PassVerbs = WordLists.Set("passThroughVerbs");
    private static readonly WordSet HeldPlaces = WordLists.Set("heldPlaces");

    private PassedThroughDetention()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var unread = draft.Metric is null or Metric.Other || (draft.MetricGuessed && draft.Metric == Metric.Deployed);
        if (!unread)
        {
            return true;
        }
        var end = phrase.Noun >= 0 ? phrase.Noun : phrase.Last;
        var through = ThroughAfter(reader, end);
        if (through > 0 && PlaceAfter(reader, through))
        {
            draft.Metric = Metric.Detained;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // The token of "through" right after the passing verb (past a few auxiliaries), or -1.
    private static int ThroughAfter(PeopleCountReader reader, int end)
    {
        var verb = reader.WordOfSetAhead(end, AuxiliaryReach + 1, PassVerbs);
        return verb > 0 && reader.Is(verb + 1, "through") ? verb + 1 : -1;
    }

    private static bool PlaceAfter(PeopleCountReader reader, int through) => reader.WordOfSetAhead(through, PlaceReach, HeldPlaces) > 0;
}
