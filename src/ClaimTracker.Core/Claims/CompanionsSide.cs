namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israeli authorities say 78 soldiers were killed …, along with 45 civilians": the count "along with" follows
/// (<see cref="CompanionCount"/>) is of the same side as the count before it, when that count's people are its speaker's
/// own (the Israeli soldiers Israel counts), so the civilians are Israeli, not the people of the place the sentence names
/// ("in southern Lebanon"). Not when the first count is another side's ("killed 20 Hezbollah fighters along with five
/// civilians": the speaker's foes). Read by <see cref="OwnPopulation"/>. Golden case: along_with_shares_the_fate_and_side.
/// </summary>
internal static class CompanionsSide
{
    public static IReadOnlyList<string>? Of(ClaimDraft draft) =>
        draft.CompanionOf is { Nationalities: [var people] } first && draft.Nationalities.Count == 0
        && Nationality.OfCountry((first.Source ?? draft.Source)?.Country) is { } own && own.Adjective == people
            ? first.Nationalities
            : null;
}
