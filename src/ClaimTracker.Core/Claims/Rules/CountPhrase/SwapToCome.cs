namespace ClaimTracker.Core.Claims;

/// <summary>
/// Prisoners a swap has not yet freed are still held: "another exchange of about 300 prisoners is planned", "both sides
/// agreed to prepare another exchange of 1,200 prisoners each", "1,000 prisoners on each side are to be exchanged". A
/// planned or expected count that a release or swap word made `other` is `captured` (the gold convention in
/// docs/extraction.md: held, including awaiting a swap, is captured; freed, swapped or returned is other). Runs after
/// the status rules. Golden cases: swap_to_come_counts_the_held, freed_in_exchange_for_prisoners.
/// </summary>
internal sealed class SwapToCome : CountPhraseRule
{
    public static readonly SwapToCome Rule = new();

    private SwapToCome()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Status is ClaimStatus.Planned or ClaimStatus.Expected && draft.Metric == Metric.Other
            && reader.HasAny(ClaimLexicon.Released, phrase.Left, phrase.Right) && !GoingHomeFree(reader, phrase, draft)
            // "due to be freed in exchange for 180 Palestinian prisoners": the swap's other side is released, as the golds
            // read "in exchange for about 1,900 Palestinians held by Israel"; the freed side itself stays held.
            && !ExchangedFor.Reads(reader, phrase.QualifierFirst))
        {
            draft.Metric = Metric.Captured;
        }
        return true;
    }

    // "2.5 million more people could go back": free people foreseen going home are no prisoners awaiting a swap
    // (golden case displaced_people_who_return); prisoners who "will return home" still are.
    private static bool GoingHomeFree(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        !HeldPeopleNamed(draft.Noun) && HomewardReturn.Within(reader, phrase.Left, phrase.Right + 1);

    private static bool HeldPeopleNamed(string noun)
    {
        foreach (var word in new SpacedWords(noun))
        {
            if (ClaimLexicon.Captured.Contains(word) || ClaimLexicon.Detained.Contains(word))
            {
                return true;
            }
        }
        return false;
    }
}
