namespace ClaimTracker.Core.Claims;

/// <summary>
/// A household to keep is no claim: "I have to feed 12 people" (Unseen26 sky, no gold row), "she has a family of seven
/// to look after". The model: a verb of keeping a household (counts.json <c>householdCareVerbs</c>) after "a family of
/// N to"; or right before the count, with a first-person singular word (<c>firstPersonSingular</c>) before it in the
/// count's clause. The verb alone is no household: an aid group "feeding about 3,000 people a day" (Unseen15 dw) is a
/// gold row. Golden case: own_household_is_no_claim.
/// </summary>
internal sealed class OwnHousehold : CountPhraseRule
{
    public static readonly OwnHousehold Rule = new();

    // "I have to feed": the pronoun a few words before the verb.
    private const int Reach = 8;

    private static readonly WordSet CareVerbs = WordLists.Set("householdCareVerbs");
    private static readonly WordSet FirstPerson = WordLists.Set("firstPersonSingular");

    private OwnHousehold()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var q = phrase.QualifierFirst;
        var after = phrase.TokenAfter;
        var familyToKeep = FamilyOfCount.At(reader, q, after) && reader.Is(after, "to") && reader.HasAny(CareVerbs, after + 1, after + 2);
        var ownToKeep = reader.HasAny(CareVerbs, q - 1, q) && reader.HasAny(FirstPerson, Math.Max(phrase.PreviousBound + 1, q - Reach), q - 1);
        return !familyToKeep && !ownToKeep;
    }
}
