namespace ClaimTracker.Core.Claims;

/// <summary>
/// War losses are soldiers: a bare count of people with no nationality whose metric is losses ("Russian losses stand
/// at 720,000"), in a sentence that speaks of no civilians, counts troops. Golden case: losses_stand_at.
/// </summary>
internal sealed class WarLosses : CountPhraseRule
{
    public static readonly WarLosses Rule = new();

    private WarLosses()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun < 0 && draft.Noun == "people" && draft.Nationalities.Count == 0 && draft.Metric == Metric.KilledOrWounded && !reader.MentionsCivilians())
        {
            draft.Noun = "troops";
            draft.Military = true;
        }
        return true;
    }
}
