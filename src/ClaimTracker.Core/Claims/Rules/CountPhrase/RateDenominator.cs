namespace ClaimTracker.Core.Claims;

/// <summary>
/// The second number of a rate counts nobody: "one in five children it screened in Gaza City was malnourished" (UNRWA,
/// Unseen54 anews-dpa-khan-younis), "one in every three mothers". A number led by "in" (or "in every") with a small
/// number word before it (counts.json <c>rateNumerators</c>; wire copy spells a rate's numerator) is a proportion's
/// denominator, not a count; "killed 12 in two villages" has a figure, not a numerator word, before "in". Read by
/// <see cref="NotAPeopleCount"/>. Golden case: one_in_five_is_no_count.
/// </summary>
internal static class RateDenominator
{
    private static readonly WordSet Numerators = WordLists.Set("rateNumerators");

    public static bool At(PeopleCountReader reader, int first)
    {
        var link = reader.Is(first - 1, "every") ? first - 2 : first - 1;
        var numerator = link - 1;
        return reader.Is(link, "in") && reader.IsIn(numerator, Numerators);
    }
}
