namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israeli strikes have killed nearly 600 people in Lebanon since October, most of them Hezbollah fighters but including
/// around 140 civilians, according to a Reuters tally": civilians counted as an aside of a toll of bare people are part
/// of that toll and keep its (lack of) nation, as the golds annotate such breakdowns ("including more than 90
/// civilians", "including at least 131 civilians" in older Lebanon sets; Unseen59 aol-reuters-faroun). Only civilians
/// (populations.json <c>countryCivilians</c>), the noun <see cref="CountryCivilians"/> would otherwise give the place's
/// nation; an outer toll given a people (Gaza's) still lends it through <see cref="OwnPopulation"/>'s aside reading.
/// The outer count must be written "people": a toll of deaths ("it had confirmed 981 deaths, including 402 civilians",
/// Unseen5 xinhua-iran-war-toll) leaves its civilians to the country rules, as that gold gives them Iranian.
/// Golden case: civilians_inside_a_bare_toll_stay_bare.
/// </summary>
internal static class PartOfABareToll
{
    private static readonly WordSet Nouns = WordLists.Set("countryCivilians");

    public static bool Is(ClaimDraft draft) =>
        draft is { Military: false, ListedInAside: false, AsideOf: { Nationalities.Count: 0, Military: false, Noun: "people" } outer } && Nouns.Contains(draft.Noun)
        && string.Equals(outer.NounWord, "people", StringComparison.OrdinalIgnoreCase);
}
