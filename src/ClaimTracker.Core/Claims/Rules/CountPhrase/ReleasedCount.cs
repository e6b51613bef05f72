namespace ClaimTracker.Core.Claims;

/// <summary>
/// Prisoners counted as the object of a release or a swap: "Russia and Ukraine each released 205 prisoners of war",
/// "Ukraine brought home 189 prisoners", "Ukraine and Russia swap hundreds of prisoners": the swap's returnees, not
/// people captured (the gold sets' `other`). The verb (metrics.json releaseVerbs) stands right before the count, past
/// particles such as "home", "back", "over", "a total of" (releaseParticles); "1,000 prisoners are to be exchanged"
/// still counts prisoners. The -ing forms release too ("a truce led to Hamas releasing 20 hostages and Israel freeing
/// more than 1,900 Palestinian prisoners", Unseen35 newslooks; "Israel is releasing 369 Palestinian prisoners" in
/// real reports), save a participle after a comma, a raid's rescue (metrics.json releaseParticiples).
/// Golden cases: released_prisoners_are_returnees, prisoners_exchanged, brought_home_from_captivity,
/// released_with_an_ing_verb_is_other.
/// </summary>
internal static class ReleasedCount
{
    private static readonly WordSet Verbs = WordLists.Set("releaseVerbs");
    private static readonly WordSet Particles = WordLists.Set("releaseParticles");
    private static readonly WordSet LastWords = WordLists.Set("releaseLastWords");
    private static readonly WordSet Participles = WordLists.Set("releaseParticiples");

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
                // "Troops stormed the camp, freeing 140 hostages": a participle after a comma tells the deed of the
                // clause before, a rescue, which the gold sets keep apart from a release (Unseen7 ap-balochistan);
                // "led to Hamas releasing 20 hostages" has the releaser before it (golden case released_with_an_ing_verb_is_other).
                return !(Participles.Contains(reader.Word(i)) && i > 0 && !reader.Tokens[i - 1].IsWord && reader.Text[reader.Tokens[i - 1].Start] == ',');
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
