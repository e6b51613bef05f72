namespace ClaimTracker.Core.Claims;

/// <summary>
/// An age limit, not a count: "290,000 children under five were living in tents", "girls below 18", "children over
/// 12 months": a small figure (up to 21) right after a bound (counts.json ageBounds) that follows a word for the young
/// (counts.json youngPeople) is the children's age, so the number counts nobody. "children, over 200 of them" (a comma
/// between) and "children under 3,000 tents" (too large for an age) are left to the other rules. Golden case:
/// children_under_five_is_an_age.
/// </summary>
internal sealed class AgeLimit : CountPhraseRule
{
    public static readonly AgeLimit Rule = new();

    private static readonly WordSet Bounds = WordLists.Set("ageBounds");
    private static readonly WordSet Young = WordLists.Set("youngPeople");

    private const int OldestAge = 21;

    private AgeLimit()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        // The recogniser may read "under five" as one hedged mention: the bound is then its first word.
        var bound = reader.Tokens[phrase.First].IsWord && Bounds.Contains(reader.Word(phrase.First)) ? phrase.First : phrase.First - 1;
        var isAge = bound >= 1 && (phrase.Number.High ?? phrase.Number.Value ?? 0) <= OldestAge
            && reader.Tokens[bound].IsWord && Bounds.Contains(reader.Word(bound))
            && reader.Tokens[bound - 1].IsWord && Young.Contains(reader.Word(bound - 1));
        return !isAge;
    }
}
