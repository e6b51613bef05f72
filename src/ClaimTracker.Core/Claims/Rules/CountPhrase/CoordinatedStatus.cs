namespace ClaimTracker.Core.Claims;

/// <summary>
/// A coordinated count shares the status of the one before ("will send 1,000 sappers and 5,000 workers": both
/// planned) when its own clause says nothing. Golden cases: will_send_coordinated_counts_are_planned,
/// would_send_builders_and_sappers_shares_the_plan (a trade word before the first count's people, <see cref="CoordinatedCount"/>).
/// </summary>
internal sealed class CoordinatedStatus : CountPhraseRule
{
    public static readonly CoordinatedStatus Rule = new();

    private CoordinatedStatus()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Status == ClaimStatus.Reported && phrase.Previous is { } coordinated
            && CoordinatedCount.SharesVerb(reader, coordinated, phrase.PreviousBound, phrase.QualifierFirst))
        {
            draft.Status = coordinated.Status;
        }
        return true;
    }
}
