namespace ClaimTracker.Core.Claims;

/// <summary>
/// An age between a count and its noun describes the people counted: "among them two 13-year-old boys and three
/// journalists" (Unseen57 ap-gaza-police), "Two one-year-old boys and a two-year-old girl were killed" (Unseen55/56
/// Bohodukhiv) count the boys. Wire copy on Gaza and Ukraine gives victims' ages so; the count's noun is after the
/// compound. The model: the age number joined to a unit (<see cref="MeasureCompound"/>, counts.json
/// <c>measureUnits</c>), a hyphen, a word of counts.json <c>ageCompoundEnds</c> ("old"), then a people noun. Asked
/// only when the count's noun phrase meets a word it does not know. Golden cases:
/// age_compound_between_a_count_and_its_noun, age_compound_is_no_count (control: the age alone counts nobody).
/// </summary>
internal static class AgeCompound
{
    private static readonly WordSet Ends = WordLists.Set("ageCompoundEnds");

    /// <summary>The tokens past <paramref name="k"/> the age takes before its people noun, or null when none stands there.</summary>
    public static int? Before(PeopleCountReader reader, int k, int nextBound) =>
        k + 5 < nextBound && Length(reader, k) > 0 && reader.Tokens[k + 5].IsWord && PeopleWords.IsPeopleNoun(reader.Word(k + 5)) ? 4 : null;

    /// <summary>
    /// How many tokens an age compound starting at <paramref name="k"/> takes ("13", "-", "year", "-", "old"), or 0.
    /// "Two one-year-old boys and a two-year-old girl were killed": the girl's age does not part her from the boys
    /// (<see cref="SingularConjunct"/>).
    /// </summary>
    public static int Length(PeopleCountReader reader, int k) =>
        reader.IsMark(k + 3, '-') && reader.IsIn(k + 4, Ends) && MeasureCompound.EndsAt(reader, k) ? 5 : 0;
}
