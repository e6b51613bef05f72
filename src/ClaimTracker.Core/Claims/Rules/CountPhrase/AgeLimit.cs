using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// An age limit, not a count: "290,000 children under five were living in tents", "girls below 18", "children over
/// 12 months": a small figure (up to 21) right after a bound (counts.json ageBounds) that follows a word for the young
/// (counts.json youngPeople) is the children's age, so the number counts nobody. Grown people take a grown age
/// ("Russian men under 50 were killed", "women over 60": counts.json grownPeople, up to 99), and an age named as one
/// ("children under the age of five", "people over age 65": counts.json ageNouns) is an age whoever is bounded.
/// "children, over 200 of them" (a comma between) and "children under 3,000 tents" (too large for an age) are left to
/// the other rules. Golden cases: children_under_five_is_an_age, an_age_bound_is_no_count.
/// </summary>
internal sealed class AgeLimit : CountPhraseRule
{
    public static readonly AgeLimit Rule = new();

    private static readonly WordSet Bounds = WordLists.Set("ageBounds");
    private static readonly WordSet Young = WordLists.Set("youngPeople");
    private static readonly WordSet Grown = WordLists.Set("grownPeople");
    private static readonly WordSet AgeNouns = WordLists.Set("ageNouns");

    private const int OldestAge = 21;
    private const int OldestGrownAge = 99;
    private const int OldestNamedAge = 120;

    private AgeLimit()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        !IsAge(reader, phrase.First, phrase.Number.High ?? phrase.Number.Value ?? 0);

    /// <summary>
    /// Whether the number whose first token is <paramref name="first"/> is such an age limit, so it bounds no clause:
    /// the count before it ("290,000 children under five were living in tents") reads its verb past it. Asked by
    /// <see cref="PeopleCountReader"/> for the next number's bound. Golden case: children_under_five_is_an_age.
    /// </summary>
    public static bool StartsAt(PeopleCountReader reader, int first)
    {
        var age = reader.IsIn(first, Bounds) ? first + 1 : first;
        return age < reader.Tokens.Count && Years(reader, age) is { } years && IsAge(reader, first, years);
    }

    // The recogniser may read "under five" as one hedged mention: the bound is then its first word. Between the bound
    // and the figure an age may be named: "under the age of five", "over age 65".
    private static bool IsAge(PeopleCountReader reader, int first, double years)
    {
        if (reader.IsIn(first, Bounds))
        {
            return first >= 1 && (reader.IsIn(first - 1, Young) ? years <= OldestAge : reader.IsIn(first - 1, Grown) && years <= OldestGrownAge);
        }
        var named = reader.Is(first - 1, "of") && reader.IsIn(first - 2, AgeNouns) ? first - 2 : reader.IsIn(first - 1, AgeNouns) ? first - 1 : -1;
        if (named >= 0)
        {
            var bound = reader.Is(named - 1, "the") ? named - 2 : named - 1;
            return reader.IsIn(bound, Bounds) && years <= OldestNamedAge;
        }
        return reader.IsIn(first - 1, Bounds)
            && (reader.IsIn(first - 2, Young) ? years <= OldestAge : reader.IsIn(first - 2, Grown) && years <= OldestGrownAge);
    }

    private static double? Years(PeopleCountReader reader, int i) =>
        reader.IsNumberToken(i)
            ? int.TryParse(reader.Word(i), out var years) ? years : null
            : reader.Tokens[i].IsWord && NumberWord.TryGet(reader.Word(i), out var word) && word.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens ? word.Value : null;
}
