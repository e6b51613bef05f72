namespace ClaimTracker.Core.Claims;

/// <summary>
/// People a war aims to send home are still displaced: "so that some 60,000 residents of northern Israel can return to
/// their homes" (Unseen53 iranintl-sidon, Israel's stated aim as Reuters and AFP give it), "to ensure that 62,000
/// residents can go back to their homes". The return is the purpose, not an event: the count is the displaced, reported
/// (as <see cref="ReturnAllowed"/> reads "allow 60,000 residents, displaced by rocket fire, to return"). A purpose lead
/// before the count ("so that", "ensure that", "until", counts.json returnPurposeLeads before "that", or returnPurposeOpeners
/// alone), then a modal of ability (returnAbilityModals) followed within three words by a homeward return.
/// "Some 40,000 residents have returned to their homes" (no purpose lead) stays a return. Golden case:
/// so_that_residents_can_return_are_displaced.
/// </summary>
internal sealed class ReturnSought : CountPhraseRule
{
    public static readonly ReturnSought Rule = new();

    private const int Reach = 12;
    private const int ReturnReach = 4;

    private static readonly WordSet PurposeLeads = WordLists.Set("returnPurposeLeads");
    private static readonly WordSet PurposeOpeners = WordLists.Set("returnPurposeOpeners");
    private static readonly WordSet AbilityModals = WordLists.Set("returnAbilityModals");

    private ReturnSought()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var before = phrase.TokenBefore;
        if (!(reader.Is(before, "that") && reader.IsIn(before - 1, PurposeLeads)) && !reader.IsIn(before, PurposeOpeners))
        {
            return true;
        }
        var end = Math.Min(Math.Min(reader.Tokens.Count, phrase.NextBound), phrase.AfterCount + Reach);
        for (var k = phrase.AfterCount; k < end; k++)
        {
            if (reader.IsIn(k, AbilityModals) && HomewardReturn.Within(reader, k + 1, Math.Min(end, k + ReturnReach)))
            {
                draft.Metric = Metric.Displaced;
                draft.MetricGuessed = false;
                draft.Status = ClaimStatus.Reported;
                return true;
            }
        }
        return true;
    }
}
