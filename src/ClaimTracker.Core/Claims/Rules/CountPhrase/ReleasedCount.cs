namespace ClaimTracker.Core.Claims;

/// <summary>
/// Prisoners counted as the object of a release: "Russia and Ukraine each released 205 prisoners of war", "Ukraine
/// brought home 189 prisoners", "handed over 43 captives": the swap's returnees, not people captured (the gold sets'
/// `other`). The release verb (metrics.json releaseVerbs) stands right before the count, past particles such as
/// "home", "back", "over", "a total of" (releaseParticles). "exchanged 95 prisoners" still counts prisoners
/// (golden case prisoners_exchanged). Golden case: released_prisoners_are_returnees.
/// </summary>
internal static class ReleasedCount
{
    private static readonly WordSet Verbs = WordLists.Set("releaseVerbs");
    private static readonly WordSet Particles = WordLists.Set("releaseParticles");

    public static bool Before(PeopleCountReader reader, int qualifierFirst, int left)
    {
        for (var i = qualifierFirst - 1; i >= left && i >= qualifierFirst - 5; i--)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
            if (Verbs.Contains(reader.Word(i)))
            {
                return true;
            }
            if (!Particles.Contains(reader.Word(i)))
            {
                return false;
            }
        }
        return false;
    }
}
