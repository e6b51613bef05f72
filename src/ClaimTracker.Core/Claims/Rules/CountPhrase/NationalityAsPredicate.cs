namespace ClaimTracker.Core.Claims;

/// <summary>
/// A nationality said of the count after a copula: "Of the 41, 36 were Palestinian, four were Israeli and one was
/// Lebanese", "Of those killed, 30 were Syrian": the press-freedom groups and ministries that break a toll down by
/// nation write it so, and the adjective is the count's people, whatever noun the count borrowed from its whole. Only
/// when the nationality ends the predicate (a comma, "and", the sentence's end): "36 were Palestinian journalists" is
/// the noun phrase's own, and "none of the five were American" says whose they are not. Read before <see cref="NationalityBeforeCount"/>, so a nation named earlier in the sentence
/// does not take its place. Golden case: a_nationality_said_of_the_count.
/// </summary>
internal sealed class NationalityAsPredicate : CountPhraseRule
{
    public static readonly NationalityAsPredicate Rule = new();

    // How far before the count a negation may stand: "none of the five were American".
    private const int NegationReach = 3;

    private static readonly WordSet Copulas = WordLists.Set("predicateCopulas");
    private static readonly WordSet Joins = WordLists.Set("predicateEnds");
    private static readonly WordSet Negators = WordLists.Set("predicateNegators");

    private NationalityAsPredicate()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var copula = phrase.AfterCount;
        if (!reader.IsIn(copula, Copulas)
            || reader.HasAny(Negators, phrase.QualifierFirst - NegationReach, phrase.QualifierFirst)
            || Nationality.At(reader.Text, reader.Tokens, copula + 1) is not { } named)
        {
            return true;
        }
        var after = copula + 1 + named.Tokens;
        if (after >= reader.Tokens.Count || !reader.Tokens[after].IsWord || Joins.Contains(reader.Word(after)))
        {
            draft.Nationalities = [named.Nationality.Adjective];
        }
        return true;
    }
}
