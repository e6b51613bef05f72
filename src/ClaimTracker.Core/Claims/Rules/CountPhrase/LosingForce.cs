namespace ClaimTracker.Core.Claims;

/// <summary>
/// A force that loses people, named by its owner or its people: "Kim's troops lost about 540 soldiers", "Russia's army
/// has lost 1,230 men in a day", "the Kremlin's forces suffered 1,400 casualties", "the Ukrainian armed forces lost 260
/// servicemen". The count after the fate verb is the force's own people, as it is after a country
/// (<see cref="LosingCountry"/>): the owner is a country or capital (nationalities.json), a leader (populations.json
/// <c>leaders</c>) or "the North" (<see cref="CompassState"/>), read as <see cref="ForcesOwner"/> reads it before a
/// count. Force nouns and the words that may stand between owner and noun are data (counts.json <c>losingForces</c>,
/// <c>losingForceWords</c>). A force named after "alongside", "against", "with" or "for" (counts.json
/// <c>companionPrepositions</c>) is the company another force keeps, not the loser: "North Korean soldiers fighting
/// alongside Russian forces have suffered 1,200 casualties", "troops who took part in combat against Ukrainian forces
/// have sustained ..." count the force named first; so does a force named as the object of a fighting verb
/// (<c>opposingVerbs</c>: "soldiers deployed to Russia to fight Ukrainian forces have suffered 1,100 casualties").
/// A relative clause between the force and the losing verb is passed over: "North Korean troops, who have recently
/// engaged in combat with Ukrainian forces, have suffered around 1,200 casualties" (the JCS, quoted) counts the troops
/// before the clause, not the forces inside it.
/// Golden cases: a_losing_force_counts_its_own, the_force_alongside_is_not_the_loser, the_force_fought_is_the_enemy,
/// the_force_before_a_relative_clause_is_the_loser.
/// </summary>
internal static class LosingForce
{
    private static readonly WordSet Forces = WordLists.Set("losingForces");
    private static readonly WordSet ForceWords = WordLists.Set("losingForceWords");
    private static readonly WordSet Companions = WordLists.Set("companionPrepositions");
    private static readonly WordSet OpposingVerbs = WordLists.Set("opposingVerbs");

    // How far back from "alongside" the force it accompanies may end ("troops who recently took part in combat against").
    private const int HeadReach = 8;

    /// <summary>The people of the force whose noun ends at token <paramref name="end"/>, if its owner names one.</summary>
    public static Nationality? EndingAt(PeopleCountReader reader, int end)
    {
        if (end < 1 || !reader.IsIn(end, Forces))
        {
            return null;
        }
        var before = end - 1;
        while (before > 0 && reader.IsIn(before, ForceWords))
        {
            before--;
        }
        // "Kim's troops", "Russia's army", "the North's soldiers": the possessive's owner.
        if (ForcesOwner.IsPossessiveEnding(reader, before))
        {
            return LosingCountry.CountryEndingAt(reader, before - 2) ?? ForcesOwner.Of(reader, before);
        }
        // "the Ukrainian armed forces", "North Korean troops": the people's adjective before the noun.
        for (var start = Math.Max(0, before - 1); start <= before; start++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, start) is { } named && start + named.Tokens - 1 == before)
            {
                // "deployed to Russia to fight Ukrainian forces": the force fought (counts.json opposingVerbs) is the
                // enemy, as the force after "against" is (Unseen23 kyodo-jcs-north-korea-casualties).
                // "against the Ukrainian army": the article may stand between (Unseen34 ukrainska-pravda).
                var lead = start >= 2 && reader.Is(start - 1, "the") ? start - 2 : start - 1;
                var word = reader.Word(Math.Max(0, lead));
                return Companions.Contains(word) || OpposingVerbs.Contains(word) ? HeadBefore(reader, lead) : named.Nationality;
            }
        }
        return null;
    }

    // How far back from the comma closing a relative clause the comma opening it may be.
    private const int ClauseReach = 14;

    /// <summary>
    /// The token before a ", who …," clause that ends at token <paramref name="end"/> (its closing comma), or
    /// <paramref name="end"/> when no such clause ends there.
    /// </summary>
    public static int BeforeRelativeClause(PeopleCountReader reader, int end)
    {
        if (end < 1 || reader.Tokens[end].IsWord || reader.Text[reader.Tokens[end].Start] != ',')
        {
            return end;
        }
        for (var k = end - 1; k > 0 && k >= end - ClauseReach; k--)
        {
            if (reader.Tokens[k].IsWord)
            {
                continue;
            }
            return reader.Text[reader.Tokens[k].Start] == ',' && (reader.Is(k + 1, "who") || reader.Is(k + 1, "which")) ? k - 1 : end;
        }
        return end;
    }

    /// <summary>
    /// The force a "alongside / against X forces" phrase at token <paramref name="preposition"/> follows: the nearest
    /// force noun a few words back, read as the loser; null when there is none (then no people is given at all, since
    /// the force after the preposition is not the one that lost).
    /// </summary>
    internal static Nationality? HeadBefore(PeopleCountReader reader, int preposition)
    {
        for (var k = preposition - 1; k > 0 && k >= preposition - HeadReach && reader.Tokens[k].IsWord; k--)
        {
            if (Forces.Contains(reader.Word(k)))
            {
                return EndingAt(reader, k);
            }
        }
        return null;
    }
}
