namespace ClaimTracker.Core.Claims;

/// <summary>
/// "58 are still held in Gaza, including 34 the Israeli military says are dead": a determiner right after a count opens
/// the subject of a clause that describes the counted (a relative clause without "that"), never the count's own noun
/// phrase, so the speaker's nationality ("Israeli") is not the hostages' and its noun ("military") is not their people.
/// Words as data (counts.json <c>clauseSubjectDeterminers</c>). Read by <see cref="PeopleNounPhrase"/>. Golden case:
/// a_clause_after_the_count_lends_no_nationality.
/// </summary>
internal static class ClauseAfterCount
{
    private static readonly WordSet Determiners = WordLists.Set("clauseSubjectDeterminers");

    /// <summary>Whether the word at token <paramref name="k"/>, the first after the count, opens such a clause.</summary>
    public static bool Opens(PeopleCountReader reader, CountPhrase phrase, int k) =>
        k == phrase.TokenAfter && reader.IsIn(k, Determiners);
}
