namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Two reservists and a sergeant were killed", "three soldiers and an officer were wounded": one more person joined to
/// the counted ones by "and a/an" (people.json singularConjunctArticles) and a singular person or rank (singularPeople,
/// singularRanks; not "major" or "general", more often adjectives), with at most one describing word between, is part
/// of the same subject; the clause runs on to the verb they share instead of stopping at the "and". "and one civilian"
/// is a count of its own and shares the verb already (golden case count_and_a_rank_share_the_verb).
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
        for (var j = conjunction + 2; j < nextBound && j <= conjunction + 3; j++)
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
