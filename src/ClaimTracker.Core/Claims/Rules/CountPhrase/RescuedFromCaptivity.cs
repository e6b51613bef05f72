namespace ClaimTracker.Core.Claims;

/// <summary>
/// People rescued from captivity are released, not evacuated: "a further 430 were rescued outside official swaps",
/// "Ukraine has rescued 96 civilians from occupation" (Ukraine's coordination headquarters and ombudsman word returns
/// so), as the prisoners convention reads people freed or swapped (<c>other</c>). A rescue word reads as an evacuation
/// (<see cref="MetricWord"/>); when the count's clause also names a swap, an exchange or captivity (metrics.json
/// <c>rescueFromCaptivity</c>) the rescue ends a captivity. "Rescuers pulled 27 people alive from the rubble" keeps
/// its evacuation. Golden case: rescued_from_captivity_are_released.
/// </summary>
internal sealed class RescuedFromCaptivity : CountPhraseRule
{
    public static readonly RescuedFromCaptivity Rule = new();

    private static readonly WordSet Rescued = WordLists.Set("rescued");
    private static readonly WordSet Captivity = WordLists.Set("rescueFromCaptivity");

    private RescuedFromCaptivity()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var from = Math.Max(0, phrase.Left);
        var to = Math.Min(reader.Tokens.Count, phrase.Right + 8);
        if (draft.Metric == Metric.Evacuated && reader.HasAny(Rescued, from, to) && reader.HasAny(Captivity, from, to)
            && !reader.HasAny(ClaimLexicon.Evacuated, from, to))
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
