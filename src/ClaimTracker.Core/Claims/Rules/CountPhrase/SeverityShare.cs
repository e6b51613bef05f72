namespace ClaimTracker.Core.Claims;

/// <summary>
/// A share of the count before, named by how badly they are hurt: "Seven people were hurt, three critically", "68
/// were wounded, nine seriously". The bare number right before a severity adverb (counts.json severityAdverbs) counts
/// some of the people the sentence already counted, with their fate, as "two of them critically" does with its pronoun;
/// with no count before it in the sentence ("3 critically ill patients" names its noun anyway) it is not taken.
/// Asked by <see cref="BareCount"/>. Golden case: share_hurt_critically.
/// </summary>
internal static class SeverityShare
{
    private static readonly WordSet SeverityAdverbs = WordLists.Set("severityAdverbs");

    public static bool Follows(PeopleCountReader reader, CountPhrase phrase, int after) =>
        phrase.Previous is not null && after < reader.Tokens.Count && reader.Tokens[after].IsWord
            && SeverityAdverbs.Contains(reader.Word(after));
}
