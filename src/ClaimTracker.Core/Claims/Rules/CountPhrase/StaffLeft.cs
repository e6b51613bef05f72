namespace ClaimTracker.Core.Claims;

/// <summary>
/// Staff a service still has are no claim: "We have two doctors left for the whole north", "the unit had only five
/// paramedics left". A holding verb (counts.json staffHoldVerbs, through staffHoldLeads such as "only") before the count
/// and "left" right after its people noun say what remains to work, not what happened to anyone (Unseen23 AP Nuseirat:
/// the gold lists no such figure). Golden case: staff_left_is_no_claim.
/// </summary>
internal sealed class StaffLeft : CountPhraseRule
{
    public static readonly StaffLeft Rule = new();

    private static readonly WordSet HoldVerbs = WordLists.Set("staffHoldVerbs");
    private static readonly WordSet HoldLeads = WordLists.Set("staffHoldLeads");

    private StaffLeft()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        phrase.Noun < 0 || !reader.Is(phrase.Noun + 1, "left") || !HeldBefore(reader, phrase.TokenBefore);

    private static bool HeldBefore(PeopleCountReader reader, int j)
    {
        while (reader.IsIn(j, HoldLeads))
        {
            j--;
        }
        return reader.IsIn(j, HoldVerbs);
    }
}
