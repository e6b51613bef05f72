namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Two reservists and a sergeant were killed", "three soldiers and an officer were wounded": one more person joined to
/// the counted ones by "and a/an" (people.json singularConjunctArticles) and a singular person or rank (singularPeople,
/// singularRanks; not "major" or "general", more often adjectives), with at most one describing word between, is part
/// of the same subject; the clause runs on to the verb they share instead of stopping at the "and". "and one civilian"
/// is a count of its own and shares the verb already (golden case count_and_a_rank_share_the_verb). An age may stand
/// after the article: "Two one-year-old boys and a two-year-old girl were killed" (Unseen55/56 Bohodukhiv; golden case
/// age_compound_between_a_count_and_its_noun).
/// </summary>
internal static class SingularConjunct
{
    private static readonly WordSet Articles = WordLists.Set("singularConjunctArticles");
    private static readonly WordSet Ranks = WordLists.Set("singularRanks");

    public static bool Follows(PeopleCountReader reader, int conjunction, int nextBound)
    {
        if (!reader.IsIn(conjunction + 1, Articles))
        {
            return false;
        }
        // "and a two-year-old girl": an age compound before the person (AgeCompound) is read past.
        var first = conjunction + 2 + AgeCompound.Length(reader, conjunction + 2);
        for (var j = first; j < nextBound && j <= first + 1; j++)
        {
            if (reader.IsIn(j, ClaimLexicon.SingularPeople) || reader.IsIn(j, Ranks))
            {
                return true;
            }
            if (!reader.IsIn(j, ClaimLexicon.NounModifiers) && !(reader.Tokens[j].IsWord && PeopleWords.IsDescribingWord(reader, j)))
            {
                return false;
            }
        }
        return false;
    }
}
