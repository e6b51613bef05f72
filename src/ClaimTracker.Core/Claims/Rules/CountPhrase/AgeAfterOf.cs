namespace ClaimTracker.Core.Claims;

/// <summary>
/// A person's age after "of" counts nobody: "a girl of 17 was killed", "a man of 62", "a boy of 15" (wire copy from
/// Lebanon and Gaza gives a victim's age so, without "aged" or "-year-old"). The model: a bare number, at most the oldest
/// age, right after "of" and a singular person (people.json <c>singularPeople</c>) led by an article or a number word
/// ("a", "an", "one"; counts.json <c>ageOfArticles</c>); "a group of 17" names no person before "of". Unseen41 anadolu-tyre. Golden case: an_age_after_of.
/// </summary>
internal sealed class AgeAfterOf : CountPhraseRule
{
    public static readonly AgeAfterOf Rule = new();

    private const int OldestAge = 110;

    private static readonly WordSet Articles = WordLists.Set("ageOfArticles");

    private AgeAfterOf()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var first = phrase.First;
        var isAge = first >= 3 && phrase.Number.QualifierText is null && phrase.Number.Kind != Numbers.NumberKind.Vague
            && (phrase.Number.Value ?? OldestAge + 1) <= OldestAge && reader.Is(first - 1, "of")
            && reader.IsIn(first - 2, ClaimLexicon.SingularPeople) && reader.IsIn(first - 3, Articles);
        return !isAge;
    }
}
