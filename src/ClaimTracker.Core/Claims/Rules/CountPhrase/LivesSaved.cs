namespace ClaimTracker.Core.Claims;

/// <summary>
/// "claimed 165 lives", "cost at least 40 lives": lives counted are lives lost (people.json metricNouns). Lives an
/// act saves or spares are no one's fate: "the convoy saved an estimated 300 lives", "vaccines that protected 2,000
/// lives" (counts.json savingVerbs, the verb just before the count). Golden cases: lives_claimed_are_killed,
/// lives_saved_count_no_one.
/// </summary>
internal sealed class LivesSaved : CountPhraseRule
{
    public static readonly LivesSaved Rule = new();

    private static readonly WordSet SavingVerbs = WordLists.Set("savingVerbs");

    // "saved an estimated 300 lives", "helped save over 300 lives": the verb a few words before the count.
    private const int Reach = 3;

    private LivesSaved()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun < 0 || !reader.Is(phrase.Noun, "lives"))
        {
            return true;
        }
        for (var i = phrase.TokenBefore; i >= 0 && i >= phrase.QualifierFirst - Reach && reader.Tokens[i].IsWord; i--)
        {
            if (SavingVerbs.Contains(reader.Word(i)))
            {
                return false;
            }
        }
        return true;
    }
}
