namespace ClaimTracker.Core.Claims;

/// <summary>
/// Prisoners counted as the object of a release or a swap: "Russia and Ukraine each released 205 prisoners of war",
/// "Ukraine brought home 189 prisoners", "Ukraine and Russia swap hundreds of prisoners": the swap's returnees, not
/// people captured (the gold sets' `other`). The verb (metrics.json releaseVerbs) stands right before the count, past
/// particles such as "home", "back", "over", "a total of" (releaseParticles); "1,000 prisoners are to be exchanged"
/// still counts prisoners. Golden cases: released_prisoners_are_returnees, prisoners_exchanged, brought_home_from_captivity.
/// </summary>
internal static class ReleasedCount
{
    private static readonly WordSet Verbs = WordLists.Set("releaseVerbs");
    private static readonly WordSet Particles = WordLists.Set("releaseParticles");
    private static readonly WordSet LastWords = WordLists.Set("releaseLastWords");

    public static bool Before(PeopleCountReader reader, int qualifierFirst, int left) => Before(reader, qualifierFirst, left, Verbs);

    /// <summary>Whether one of <paramref name="verbs"/> stands right before the count, past release particles.</summary>
    public static bool Before(PeopleCountReader reader, int qualifierFirst, int left, WordSet verbs)
    {
        for (var i = qualifierFirst - 1; i >= left && i >= qualifierFirst - 5; i--)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
            if (verbs.Contains(reader.Word(i)))
            {
                return true;
            }
            // "released the last 20 living hostages it held": the last of the held are freed (golden case
            // released_the_last_it_held); "refusing to release the 59 hostages still held" keeps them held.
            if (!Particles.Contains(reader.Word(i)) && !LastWords.Contains(reader.Word(i)) && !(reader.Is(i, "the") && reader.IsIn(i + 1, LastWords)))
            {
                return false;
            }
        }
        return false;
    }
}
