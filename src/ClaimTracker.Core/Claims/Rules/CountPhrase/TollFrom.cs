namespace ClaimTracker.Core.Claims;

/// <summary>
/// A toll's earlier figure and the time it was given: "the toll had risen from 3,915 on Friday", "the number of dead
/// climbed from 27 a day earlier", "fell from about 9,000" — a figure after "from" right after a verb of change
/// (counts.json changeVerbs, rises and falls) is the toll's earlier count even with no new figure after it ("from X to
/// Y" is split by <see cref="TollChange"/>); and a toll figure may end on when it was given: "put the toll at 27
/// earlier in the day", "27 a day earlier" (counts.json tollTimeLeads, rateUnits, agoWords). Asked by
/// <see cref="BareCount"/>. Golden cases: toll_rose_from_an_earlier_figure, toll_put_at_earlier_in_the_day;
/// toll_change_figures_that_count_no_one (trucks a day, a percentage).
/// </summary>
internal static class TollFrom
{
    private static readonly WordSet ChangeVerbs = WordLists.Set("changeVerbs");
    private static readonly WordSet RateUnits = WordLists.Set("rateUnits");
    private static readonly WordSet AgoWords = WordLists.Set("agoWords");

    /// <summary>Whether "from" at <paramref name="p"/> follows a verb of change: "had risen from", "dropped from".</summary>
    public static bool AfterChange(PeopleCountReader reader, int p) =>
        p >= 1 && reader.Is(p, "from") && reader.Tokens[p - 1].IsWord && ChangeVerbs.Contains(reader.Word(p - 1));

    /// <summary>Whether the toll figure ends on a time: "earlier in the day", "last week", "a day earlier", "by midday".</summary>
    public static bool TimeFollows(PeopleCountReader reader, int after) =>
        TollRestated.AtATime(reader, after)
        || (reader.Is(after, "a") && after + 2 < reader.Tokens.Count && reader.Tokens[after + 1].IsWord && RateUnits.Contains(reader.Word(after + 1))
            && reader.Tokens[after + 2].IsWord && AgoWords.Contains(reader.Word(after + 2)));
}
