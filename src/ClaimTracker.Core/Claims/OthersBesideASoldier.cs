namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A reserve soldier was killed and two others were seriously wounded …, the IDF announced", "an Israeli soldier died
/// and three others were hurt": "N others" after a clause that counts one soldier by "a", "an" or "one" (no number to
/// lend its people) are that soldier's comrades, so military people, of the soldier's nation where it is named before
/// the noun; with none the speaker's own-forces reading gives the army's nation as for "three soldiers". Left alone,
/// "others" stayed bare (Unseen62 haaretz-live). Read by <see cref="NamedPeople"/> for "others" with no earlier count in
/// the clause, before the people of the sentences before. people.json othersSoldiers, othersSoldierArticles.
/// A sailor, airman or pilot is a soldier here, and "one" before him may be read as a count of its own ("one navy sailor
/// had been killed and two others wounded", Unseen80 newarab; "One sailor was killed and two injured" in navy reports).
/// Golden cases: others_beside_one_soldier, others_beside_one_civilian_stay_people (near-miss), others_beside_one_sailor.
/// </summary>
internal static class OthersBesideASoldier
{
    private static readonly WordSet Soldiers = WordLists.Set("othersSoldiers");
    private static readonly WordSet Articles = WordLists.Set("othersSoldierArticles");

    // How far back from the "and" the soldier may be named ("A reserve soldier was killed and" is six words).
    private const int Reach = 8;

    // How many describing words may stand between the article and the soldier ("a reserve soldier", "an Israeli soldier").
    private const int MaxDescribers = 2;

    /// <summary>The soldier's nation (or "" where none is named) when "N others" follow "and" after one soldier, else null.</summary>
    public static string? Nation(PeopleCountReader reader, CountPhrase phrase)
    {
        var and = phrase.TokenBefore;
        if (and < 1 || !reader.Is(and, "and"))
        {
            return null;
        }
        // "one navy sailor had been killed and two others wounded": the "one" is itself read as a number, so the reach
        // takes it in as the soldier's article; it still ends after the sentence's earlier counts otherwise.
        var floor = Math.Max(reader.Is(phrase.PreviousBound, "one") ? phrase.PreviousBound : phrase.PreviousBound + 1, and - Reach);
        for (var i = and - 1; i >= floor; i--)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return null;
            }
            if (reader.IsIn(i, Soldiers))
            {
                return NamedOne(reader, i, floor);
            }
        }
        return null;
    }

    // "a reserve soldier", "one Israeli soldier": the article before the soldier, and the nation among its describers.
    private static string? NamedOne(PeopleCountReader reader, int soldier, int floor)
    {
        for (var a = soldier - 1; a >= Math.Max(floor, soldier - 1 - MaxDescribers); a--)
        {
            if (!reader.IsIn(a, Articles))
            {
                continue;
            }
            for (var k = a + 1; k < soldier; k++)
            {
                if (Nationality.At(reader.Text, reader.Tokens, k) is { } n)
                {
                    return n.Nationality.Adjective;
                }
            }
            return "";
        }
        return null;
    }
}
