using ClaimTracker.Core.Numbers;

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
        var bound = reader.IsIn(phrase.First, Bounds) ? phrase.First : phrase.First - 1;
        var isAge = bound >= 1 && (phrase.Number.High ?? phrase.Number.Value ?? 0) <= OldestAge
            && reader.IsIn(bound, Bounds)
            && reader.IsIn(bound - 1, Young);
        return !isAge;
    }

    /// <summary>
    /// Whether the number whose first token is <paramref name="first"/> is such an age limit, so it bounds no clause:
    /// the count before it ("290,000 children under five were living in tents") reads its verb past it. Asked by
    /// <see cref="PeopleCountReader"/> for the next number's bound. Golden case: children_under_five_is_an_age.
    /// </summary>
    public static bool StartsAt(PeopleCountReader reader, int first)
    {
        var bound = reader.IsIn(first, Bounds) ? first : first - 1;
        var age = bound + 1;
        return bound >= 1 && age < reader.Tokens.Count && reader.IsIn(bound, Bounds)
            && reader.IsIn(bound - 1, Young) && IsYoungAge(reader, age);
    }

    private static bool IsYoungAge(PeopleCountReader reader, int i) =>
        reader.IsNumberToken(i)
            ? int.TryParse(reader.Word(i), out var years) && years <= OldestAge
            : reader.Tokens[i].IsWord && NumberWord.TryGet(reader.Word(i), out var word) && word.Class is WordClass.Unit or WordClass.Teen && word.Value <= OldestAge;
}
