namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Nearly 6,000 Russian troops, a figure 12 times higher than the ministry's, have been killed", "40,000 people, a
/// number twice last year's, were displaced": a comma aside that opens with "a" and a noun for the figure itself only
/// weighs the count against another, so the fate after it is the count's, as after any other aside. Only "a"/"an"
/// then a figure noun (counts.json <c>comparedFigureNouns</c>); "300 soldiers, a brigade from the north, …" is no
/// such aside. Read by <see cref="ClauseMetric"/>. Golden case: figure_compared_in_an_aside_before_the_fate.
/// </summary>
internal static class ComparedFigure
{
    private static readonly WordSet FigureNouns = WordLists.Set("comparedFigureNouns");

    public static bool Opens(PeopleCountReader reader, int first) =>
        (reader.Is(first, "a") || reader.Is(first, "an")) && reader.IsIn(first + 1, FigureNouns) && !reader.Is(first + 2, "of");
}
