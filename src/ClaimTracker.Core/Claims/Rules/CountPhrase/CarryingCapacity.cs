namespace ClaimTracker.Core.Claims;

/// <summary>
/// What a ship, an aircraft or a camp can take counts nobody something happened to: "a landing ship, which analysts say
/// could carry up to 400 troops", "can accommodate more than 300 troops", "each of which could transport up to 120
/// soldiers" (reports size the means of a transfer beside its figures). The model: a verb of holding (counts.json
/// <c>capacityVerbs</c>) right before the count's hedge, and a word of ability (<c>abilityWords</c>: "can", "could",
/// "able to", "capable of") at most two words before the verb. Golden case: a_carrying_capacity_is_no_count.
/// </summary>
internal sealed class CarryingCapacity : CountPhraseRule
{
    public static readonly CarryingCapacity Rule = new();

    // "could carry", "able to carry", "capable of carrying": the ability word up to two words before the verb.
    private const int Reach = 3;

    private static readonly WordSet Verbs = WordLists.Set("capacityVerbs");
    private static readonly WordSet Ability = WordLists.Set("abilityWords");

    private CarryingCapacity()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (verb <= phrase.PreviousBound || verb < 1 || !reader.IsIn(verb, Verbs))
        {
            return true;
        }
        for (var j = verb - 1; j >= verb - Reach && j > phrase.PreviousBound && j >= 0 && reader.Tokens[j].IsWord; j--)
        {
            if (Ability.Contains(reader.Word(j)))
            {
                return false;
            }
        }
        return true;
    }
}
