namespace ClaimTracker.Core.Claims;

/// <summary>
/// A number joined by a hyphen to a unit of measure describes a thing, and counts nobody: "residents of a damaged
/// nine-storey block had been moved to a school", "a 120-day mission", "a 30-km zone". Such a number does not end the
/// clause of the count before it, whose verb comes after ("About 40 residents … had been moved"). The model: the
/// number's last token, a hyphen touching it, then a unit word (counts.json <c>measureUnits</c>); a force's strength
/// ("a 5,000-strong force") is left to <see cref="StrengthUnit"/>. An age is such a compound too ("year"): "among them
/// two 13-year-old boys", "Two one-year-old boys and a two-year-old girl were killed" count the boys, the age between
/// the count and its noun bounding neither (Unseen57 ap-gaza-police, Unseen55/56 Bohodukhiv).
/// Golden cases: measure_compound_leaves_the_clause_open, age_compound_between_a_count_and_its_noun.
/// </summary>
internal static class MeasureCompound
{
    private static readonly WordSet Units = WordLists.Set("measureUnits");

    public static bool EndsAt(PeopleCountReader reader, int last)
    {
        var tokens = reader.Tokens;
        if (last < 0 || last + 2 >= tokens.Count || tokens[last + 1].IsWord || reader.Text[tokens[last + 1].Start] != '-')
        {
            return false;
        }
        return tokens[last + 1].Start == tokens[last].End && tokens[last + 2].Start == tokens[last + 1].End
            && tokens[last + 2].IsWord && Units.Contains(reader.Word(last + 2));
    }
}
