namespace ClaimTracker.Core.Claims;

/// <summary>
/// A place "home to" people who fled there counts displaced people, not its population: "It was home to roughly 170
/// families who had fled the fighting in the capital" (Unseen26 trt: the gold row is 170 displaced), "home to 450
/// families displaced from Omdurman". The people noun is followed, directly or through "who"/"that" and auxiliaries
/// (counts.json displacedClauseLinks), by a displacement word (metrics.json displaced, forcedOut). So is a place home to
/// people its count names as displaced: "home to about 500,000 displaced people" (Unseen72 indianexpress-explained-sudan),
/// "home to about 1.5 million Syrian refugees" (Unseen70 uaetimes-ani-grandi) — a displacement word between the figure
/// and its people noun, or the noun itself (<see cref="Named"/>). Read by <see cref="PopulationOrSourceCount"/>, which
/// keeps "home to 280,000 people" out. Golden cases: home_to_the_displaced, home_to_people_named_displaced.
/// Tests: PopulationOrSourceCountTests.
/// </summary>
internal static class HomeToTheDisplaced
{
    private const int LinkWords = 3;

    private static readonly WordSet Links = WordLists.Set("displacedClauseLinks");
    private static readonly WordSet Displaced = WordLists.Set("displaced");
    private static readonly WordSet ForcedOut = WordLists.Set("forcedOut");

    /// <summary>Whether the figure's own words, up to its people noun, name the people displaced: "500,000 displaced
    /// people", "1.5 million Syrian refugees".</summary>
    public static bool Named(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var j = phrase.Last + 1; j <= phrase.Noun && j < reader.Tokens.Count; j++)
        {
            if (reader.Tokens[j].IsWord && Displaced.Contains(reader.Word(j)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the people noun at <paramref name="noun"/> is followed by a displacement clause.</summary>
    public static bool Follows(PeopleCountReader reader, int noun)
    {
        if (noun < 0)
        {
            return false;
        }
        var j = noun + 1;
        while (j < reader.Tokens.Count && j <= noun + LinkWords && reader.IsIn(j, Links))
        {
            j++;
        }
        return j < reader.Tokens.Count && reader.Tokens[j].IsWord && (Displaced.Contains(reader.Word(j)) || ForcedOut.Contains(reader.Word(j)));
    }
}
