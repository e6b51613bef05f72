namespace ClaimTracker.Core.Claims;

/// <summary>
/// A size said to hold as a rule counts nobody something happened to: "A battalion typically numbers several hundred
/// soldiers", "a brigade usually has between 3,000 and 5,000 troops", "such a camp normally houses around 20,000 people"
/// (reports explain a unit or a camp so beside a toll). The model: an adverb of habit (counts.json
/// <c>genericAdverbs</c>) two or three words before the count's hedge, only words between, inside the count's clause.
/// Golden case: a_typical_size_is_no_count.
/// </summary>
internal sealed class GenericSize : CountPhraseRule
{
    public static readonly GenericSize Rule = new();

    // "typically numbers", "usually consists of": the verb, and a particle at most, between the adverb and the count.
    private const int Reach = 3;

    private static readonly WordSet Adverbs = WordLists.Set("genericAdverbs");

    private GenericSize()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var q = phrase.QualifierFirst;
        for (var j = q - 1; j >= q - Reach && j > phrase.PreviousBound && j >= 0; j--)
        {
            if (!reader.Tokens[j].IsWord)
            {
                return true;
            }
            if (j < q - 1 && Adverbs.Contains(reader.Word(j)))
            {
                return false;
            }
        }
        return true;
    }
}
