namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israeli authorities say 78 soldiers were killed …, along with 45 civilians": the count "along with" follows
/// (<see cref="CompanionCount"/>) is of the same side as the count before it, when that count's people are its speaker's
/// own (the Israeli soldiers Israel counts), so the civilians are Israeli, not the people of the place the sentence names
/// ("in southern Lebanon"). Not when the first count is another side's ("killed 20 Hezbollah fighters along with five
/// civilians": the speaker's foes). Read by <see cref="OwnPopulation"/>. Golden case: along_with_shares_the_fate_and_side.
/// The side wins over a nation the place lent the companion (<see cref="Over"/>): Unseen44 thenational-abiad's
/// "killed in southern Lebanon and in attacks from across the border during the war, along with 45 civilians" gave
/// Lebanese civilians first; golden case a_companion_of_the_speakers_own_is_not_the_places.
/// </summary>
internal static class CompanionsSide
{
    private const int OwnWords = 3;

    public static IReadOnlyList<string>? Of(ClaimDraft draft) =>
        draft.CompanionOf is { Nationalities: [var people] } first && draft.Nationalities.Count == 0
        && Nationality.OfCountry((first.Source ?? draft.Source)?.Country) is { } own && own.Adjective == people
            ? first.Nationalities
            : null;

    /// <summary>
    /// The speaker's own side for a companion whose nation is another's and not its own word ("along with 45
    /// civilians", not "along with 45 Lebanese civilians"); null otherwise.
    /// </summary>
    public static IReadOnlyList<string>? Over(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (draft.CompanionOf is not { Nationalities: [var people] } first || draft.Nationalities.Count == 0 || draft.Nationalities.Contains(people)
            || Nationality.OfCountry((first.Source ?? draft.Source)?.Country) is not { } own || own.Adjective != people)
        {
            return null;
        }
        var after = tokens.FindIndex(t => t.Start >= draft.Number.End);
        for (var k = after; k >= 0 && k < tokens.Count && k < after + OwnWords; k++)
        {
            if (Nationality.At(text, tokens, k) is not null)
            {
                return null;
            }
        }
        return first.Nationalities;
    }
}
