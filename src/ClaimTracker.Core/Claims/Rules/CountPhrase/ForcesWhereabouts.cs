namespace ClaimTracker.Core.Claims;

/// <summary>
/// Where a named force is, inside its own description: "North Korean soldiers deployed in Russia have suffered about
/// 1,100 casualties", "N. Korean troops in Russia have suffered about 1,100 casualties" (Unseen23 kyodo headline, gold
/// North Korean troops). A country after a destination or whereabouts word (<see cref="PlaceOfTheCounted"/>: to, in,
/// inside, near) is the force's place when a nation and a force noun (counts.json <c>losingForces</c>, people.json
/// <c>militaryNouns</c>) stand before it within <see cref="Reach"/> words, so the walk left from a military count
/// steps over the place to the force, and the place is no losing country (<see cref="LosingCountry"/>). A place with no named force before it ("troops in Russia have suffered …") still
/// answers. Read by <see cref="NationalityBeforeCount"/> only on a nation it found. Golden cases:
/// a_forces_place_is_not_its_nation, a_forces_place_control.
/// </summary>
internal static class ForcesWhereabouts
{
    // Words from the force's noun to its place: "soldiers deployed to", "troops sent by Pyongyang to".
    private const int Reach = 5;

    private static readonly WordSet Forces = WordLists.Set("losingForces");
    private static readonly WordSet MilitaryNouns = WordLists.Set("militaryNouns");

    /// <summary>Whether the nation at token <paramref name="s"/> is where a force named just before it is.</summary>
    public static bool At(PeopleCountReader reader, int s)
    {
        if (!PlaceOfTheCounted.At(reader.Text, reader.Tokens, s))
        {
            return false;
        }
        for (var k = s - 2; k >= Math.Max(1, s - Reach - 1); k--)
        {
            if (!reader.Tokens[k].IsWord)
            {
                return false;
            }
            if ((reader.IsIn(k, Forces) || reader.IsIn(k, MilitaryNouns)) && NationEndsAt(reader, k - 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a nation ending at token <paramref name="end"/> is where a force named just before it is.</summary>
    public static bool EndsAt(PeopleCountReader reader, int end)
    {
        for (var s = Math.Max(1, end - 2); s <= end; s++)
        {
            if (reader.Nationalities.At(s) is { } n && s + n.Tokens - 1 == end)
            {
                return At(reader, s);
            }
        }
        return false;
    }

    private static bool NationEndsAt(PeopleCountReader reader, int end)
    {
        for (var s = Math.Max(0, end - 2); s <= end; s++)
        {
            if (reader.Nationalities.At(s) is { } n && s + n.Tokens - 1 == end)
            {
                return true;
            }
        }
        return false;
    }
}
