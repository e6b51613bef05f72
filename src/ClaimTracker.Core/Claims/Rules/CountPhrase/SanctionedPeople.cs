namespace ClaimTracker.Core.Claims;

/// <summary>
/// "UK sanctions four RSF commanders over mass killings", "has imposed sanctions on three senior officers", "issued
/// arrest warrants for two militia leaders": people named by a sanction, a designation or a warrant are targets of a
/// measure, not a count of people something happened to; the golds list no such row ("commanders sanctioned" are no
/// claim, Unseen56 manifest) and the killings the measure is over would otherwise give it a metric. A sanction verb
/// (counts.json sanctionVerbs) right before the count and its hedge, or a measure noun (sanctionNouns) and its
/// preposition (sanctionPrepositions) there, drops the count. Golden cases: sanctioned_commanders_are_no_count (with a
/// control "killed four RSF commanders").
/// </summary>
internal sealed class SanctionedPeople : CountPhraseRule
{
    public static readonly SanctionedPeople Rule = new();

    private static readonly WordSet Verbs = WordLists.Set("sanctionVerbs");
    private static readonly WordSet Nouns = WordLists.Set("sanctionNouns");
    private static readonly WordSet Prepositions = WordLists.Set("sanctionPrepositions");

    private SanctionedPeople()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var before = phrase.TokenBefore;
        var sanctioned = reader.IsIn(before, Verbs)
            || (reader.IsIn(before, Prepositions) && reader.IsIn(before - 1, Nouns));
        return !sanctioned;
    }
}
