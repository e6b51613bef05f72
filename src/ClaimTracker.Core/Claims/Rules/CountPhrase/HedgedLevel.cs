namespace ClaimTracker.Core.Claims;

/// <summary>
/// An estimate of a toll's present level hedged by a modal: "the total death toll could range between 105,000 and
/// 125,000", "combined casualties may already be as high as 1.75 million", "the toll could be as high as 20,000"
/// (Unseen64 theconversation, ap-csis). A modal (counts.json hedgedLevelModals), at most one adverb (hedgedLevelAdverbs)
/// and "be" or a verb of ranging (levelRangeVerbs) right before the figure's first word stand where "is" would, so the
/// bare figure is the toll's (<see cref="BareCount"/>, as "the toll is as high as" reads); and, as the golds annotate
/// such estimates, the modal hedges what has happened, not a forecast (<see cref="Forecast"/> leaves it reported).
/// "could reach 2 million" and "could rise to" look ahead and stay forecasts. Golden cases: hedged_toll_level_is_read,
/// toll_could_reach_stays_a_forecast (near-miss).
/// A participle of belief (counts.json hedgedLevelBeliefs) and "to be" hedge the level as a modal does: "casualties were
/// believed to be around 4,000", "the number of dead was now believed to be about 2,000" (Unseen68 asiae, Unseen60 dw).
/// Golden cases: HedgedLevelTests.
/// A verb of lying (counts.json levelLieVerbs, an adverb such as "somewhere" between: levelLieAdverbs) right before "between" gives a range for the level as "ranges between"
/// does: "the number of violent deaths … lies between 55,000 and 65,000", "the true figure lies between 40,000 and
/// 55,000" (Unseen74 haaretz-opinion, ap-mediazona-meduza: an estimate's range with no people noun beside it; a figure
/// noun stands for the count before, <see cref="FigureNoun"/>, which now knows "the true/real/actual figure").
/// Golden cases: toll_lies_between, figure_lies_between_after_an_estimate; "lies 20 km from" is no range (near-miss
/// a_town_lying_between_is_no_count).
/// </summary>
internal static class HedgedLevel
{
    private static readonly WordSet Modals = WordLists.Set("hedgedLevelModals");
    private static readonly WordSet Adverbs = WordLists.Set("hedgedLevelAdverbs");
    private static readonly WordSet RangeVerbs = WordLists.Set("levelRangeVerbs");
    private static readonly WordSet Beliefs = WordLists.Set("hedgedLevelBeliefs");
    private static readonly WordSet LieVerbs = WordLists.Set("levelLieVerbs");
    private static readonly WordSet LieAdverbs = WordLists.Set("levelLieAdverbs");

    /// <summary>Whether the word <paramref name="p"/> right before the figure is a hedged copula ("could be", "may already be", "could range").</summary>
    public static bool Copula(PeopleCountReader reader, int p) => Modal(reader, p) >= 0;

    /// <summary>The modal's token when a hedged copula stands right before the bare figure, else -1.</summary>
    public static int Start(PeopleCountReader reader, CountPhrase phrase) =>
        phrase.Noun < 0 ? Modal(reader, phrase.QualifierFirst - 1) : -1;

    private static int Modal(PeopleCountReader reader, int p)
    {
        // "lies between", "lies somewhere between": a range, as "ranges between" is, with no modal.
        var lie = reader.IsIn(p, LieAdverbs) ? p - 1 : p;
        if (lie >= 1 && reader.IsIn(lie, LieVerbs) && reader.Is(p + 1, "between"))
        {
            return lie;
        }
        if (p < 1 || !(reader.Is(p, "be") || reader.IsIn(p, RangeVerbs)))
        {
            return -1;
        }
        // "believed to be around 4,000": the participle stands where the modal would.
        if (p >= 2 && reader.Is(p, "be") && reader.Is(p - 1, "to") && reader.IsIn(p - 2, Beliefs))
        {
            return p - 2;
        }
        var m = reader.IsIn(p - 1, Adverbs) ? p - 2 : p - 1;
        // "ranges between": a verb of ranging needs no modal to give a level.
        return reader.IsIn(m, Modals) ? m : reader.IsIn(p, RangeVerbs) ? p : -1;
    }
}
