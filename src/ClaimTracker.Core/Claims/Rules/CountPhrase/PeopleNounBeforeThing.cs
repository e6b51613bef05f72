namespace ClaimTracker.Core.Claims;

/// <summary>
/// Not a people count: "strikes flattened two family homes", "three refugee camps": the people noun describes the
/// thing after it (a home, a camp, a village), which is what the number counts. Golden cases: not_family_homes.
/// </summary>
internal sealed class PeopleNounBeforeThing : CountPhraseRule
{
    public static readonly PeopleNounBeforeThing Rule = new();

    private static readonly WordSet Things = WordLists.Set("thingsAfterPeople");

    private PeopleNounBeforeThing()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var next = phrase.Noun + 1;
        return phrase.Noun < 0 || phrase.PartOfWhole || !reader.IsIn(next, Things);
    }
}
