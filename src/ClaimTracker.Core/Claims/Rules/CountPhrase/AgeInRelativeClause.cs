namespace ClaimTracker.Core.Claims;

/// <summary>
/// A person's age told in a relative clause counts nobody: "said Tygr, who is 37 and was a carpenter before the war"
/// (Unseen76 reuters-59th), "a nurse named Reem, who is twenty-six, told me" (Unseen76 newyorker-al-ahli); features
/// and long reads introduce the people they follow so, where wire copy writes "Tygr, 37,". The model: "who" and a
/// verb of being or turning an age (counts.json <c>relativeAgeVerbs</c>) right before a bare figure of at most 110 with
/// no qualifier and no word after it but a mark or "and", "when", "at" ("who is 37 and was a carpenter"). "who was one
/// of 40 people" leaves the 40 alone. Golden case: an_age_in_a_relative_clause.
/// </summary>
internal sealed class AgeInRelativeClause : CountPhraseRule
{
    public static readonly AgeInRelativeClause Rule = new();

    private const int OldestAge = 110;

    private static readonly WordSet AgeVerbs = WordLists.Set("relativeAgeVerbs");

    private AgeInRelativeClause()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.First - 1;
        var isAge = phrase.Number.QualifierText is null && phrase.Number.Kind != Numbers.NumberKind.Vague
            && (phrase.Number.Value ?? OldestAge + 1) <= OldestAge && reader.IsIn(verb, AgeVerbs) && reader.Is(verb - 1, "who")
            && !NounAfter(reader, phrase.Last + 1);
        return !isAge;
    }

    // "who were 40 people in all": a word after the figure that is no joining word may be its noun.
    private static bool NounAfter(PeopleCountReader reader, int i) =>
        i < reader.Tokens.Count && reader.Tokens[i].IsWord && !reader.Is(i, "and") && !reader.Is(i, "when") && !reader.Is(i, "at");
}
