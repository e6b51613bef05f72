using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A unit's name is no end of a range: "Brigade 47 – 2,000 soldiers – was moved", "Regiment 12 - 800 men". The number
/// recogniser joins a number and the one after a dash as a range; when the first follows a unit word (people.json
/// militaryUnits: brigade, regiment, battalion ...) it names the unit, and the count is the second alone.
/// Golden case: units_number_is_its_name.
/// </summary>
internal static class UnitsName
{
    private static readonly WordSet Units = WordLists.Set("militaryUnits");

    /// <summary>Adds the count to <paramref name="into"/> and returns true when <paramref name="number"/> is such a pair.</summary>
    public static bool SplitOff(string text, NumberMention number, List<NumberMention> into)
    {
        if (number.Kind != NumberKind.Range || number.Bounds.Count != 2 || number.QualifierText is not null || !Units.Contains(TollChange.WordBefore(text, number.Bounds[0].Start)))
        {
            return false;
        }
        into.Add(number.Bounds[1]);
        return true;
    }
}
