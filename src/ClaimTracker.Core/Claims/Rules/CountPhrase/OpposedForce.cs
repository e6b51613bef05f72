namespace ClaimTracker.Core.Claims;

/// <summary>
/// "North Korean troops who had recently engaged in combat with Ukrainian forces \"have suffered around 1,200
/// casualties\"" (Unseen58 kbs-nis), "North Korean soldiers fighting alongside Russian forces suffered over 30
/// casualties": a nation after a companion or opponent preposition (counts.json companionPrepositions: with, against,
/// alongside) is the side the counted fought with or against, inside their own description, so the walk left from the
/// count steps over it to the head noun's nation. Where a relative pronoun (counts.json relativePronouns) stands between
/// that nation and the count ("clashed with Russian forces, which suffered 300 casualties") the count is theirs, and the
/// nation stands. Read by <see cref="NationalityBeforeCount"/> only on a nation it found, so it costs nothing elsewhere.
/// Golden cases: a_foe_inside_the_description_is_not_the_counted, a_foe_with_its_own_relative_clause_keeps_its_count.
/// </summary>
internal static class OpposedForce
{
    private static readonly WordSet CompanionPrepositions = WordLists.Set("companionPrepositions");
    private static readonly WordSet RelativePronouns = WordLists.Set("relativePronouns");
    private static readonly WordSet OpposingVerbs = WordLists.Set("opposingVerbs");
    private static readonly WordSet Determiners = WordLists.Set("opposedDeterminers");

    /// <summary>
    /// Whether the nation ending at token <paramref name="nationEnd"/>, after the word at <paramref name="before"/>,
    /// names a side the counted met rather than the counted, whose count starts at <paramref name="countStart"/>.
    /// </summary>
    public static bool At(PeopleCountReader reader, int before, int nationEnd, int countStart)
    {
        // "fighting alongside Russian troops against the Ukrainian army": a determiner may stand after the preposition.
        var preposition = reader.IsIn(before, Determiners) ? before - 1 : before;
        if (before < 0 || !(reader.IsIn(preposition, CompanionPrepositions) || FoughtBy(reader, before)))
        {
            return false;
        }
        for (var j = nationEnd + 1; j < countStart; j++)
        {
            if (reader.Tokens[j].IsWord && reader.IsIn(j, RelativePronouns))
            {
                return false;
            }
        }
        return true;
    }

    // "to fight Ukrainian units", "to repel the Ukrainian forces": the word before the nation, past "the", is a fighting verb.
    private static bool FoughtBy(PeopleCountReader reader, int before)
    {
        if (reader.IsIn(before, Determiners))
        {
            before--;
        }
        return before >= 0 && reader.Tokens[before].IsWord && reader.IsIn(before, OpposingVerbs);
    }
}
