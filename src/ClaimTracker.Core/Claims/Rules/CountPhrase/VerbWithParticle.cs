namespace ClaimTracker.Core.Claims;

/// <summary>
/// "rounded up about 300 men and boys as they tried to flee", "gunned down 12 villagers as they fled": the word right
/// before the count is the particle of a phrasal verb (counts.json verbParticles), and the verb before it (counts.json
/// killVerbs) is the act done to the people counted, as "detained 300 men" would be. Without it the clause's later
/// "flee" read the count as displaced. Golden case: rounded_up_as_they_fled_is_detained.
/// </summary>
internal static class VerbWithParticle
{
    private static readonly WordSet Particles = WordLists.Set("verbParticles");
    private static readonly WordSet KillVerbs = WordLists.Set("killVerbs");

    /// <summary>The verb of "rounded up" when <paramref name="verb"/> is its particle; else <paramref name="verb"/>.</summary>
    public static int Head(PeopleCountReader reader, int verb, int left) =>
        verb - 1 >= left && verb >= 1 && reader.IsIn(verb, Particles)
        && reader.IsIn(verb - 1, KillVerbs)
            ? verb - 1
            : verb;
}
