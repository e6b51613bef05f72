namespace ClaimTracker.Core.Claims;

/// <summary>
/// Aside's people: a count in an aside ("including 12 children") is an aside of the outer count and, with no
/// nationality of its own, takes the outer count's. Golden cases: gaza_including_children, among_them_aside.
/// </summary>
internal sealed class AsidePeople : CountPhraseRule
{
    public static readonly AsidePeople Rule = new();

    private AsidePeople()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.InAside)
        {
            var previous = phrase.Previous!;
            draft.AsideOf = previous.AsideOf ?? previous;
            draft.ListedInAside = phrase.ListedInAside;
            if (draft.Nationalities.Count == 0)
            {
                draft.Nationalities = previous.Nationalities;
            }
        }
        return true;
    }
}
