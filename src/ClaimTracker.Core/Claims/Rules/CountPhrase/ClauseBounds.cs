namespace ClaimTracker.Core.Claims;

/// <summary>
/// The clause around a count, where its verbs are read: back to a semicolon, a colon, a clause break or a comma
/// before "and"/"with"/"while"/"but"; on to punctuation (a hyphen between spaces is a dash), a clause break or a second verb phrase joined by "and".
/// </summary>
internal static class ClauseBounds
{
    private static readonly WordSet PlaceNouns = WordLists.Set("placeNouns");
    private static readonly WordSet UnitNouns = WordLists.Set("coordinatedUnitNouns");

    /// <summary>The first token of the clause before token <paramref name="from"/>; wide reads over clause breaks but not contrasts.</summary>
    public static int Left(PeopleCountReader reader, int from, int prevBound, bool wide)
    {
        var tokens = reader.Tokens;
        var i = from - 1;
        var steps = 0;
        for (; i > prevBound && steps < 16; i--, steps++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                var c = reader.Text[t.Start];
                if (c is ';' or ':')
                {
                    break;
                }
                if (c == ',' && i + 1 < from && tokens[i + 1].IsWord && (reader.Is(i + 1, "with") || reader.Is(i + 1, "and") || reader.Is(i + 1, "while") || reader.Is(i + 1, "but")))
                {
                    break;
                }
                continue;
            }
            if (wide ? reader.Is(i, "but") || reader.Is(i, "while") || reader.Is(i, "although") || reader.Is(i, "whereas") : ClaimLexicon.ClauseBreaks.Contains(reader.Word(i)))
            {
                break;
            }
        }
        return i + 1;
    }

    /// <summary>
    /// The token after the clause that starts at <paramref name="from"/>, read for at most <paramref name="reach"/>
    /// tokens when nothing ends it sooner.
    /// </summary>
    public static int Right(PeopleCountReader reader, int from, int nextBound, int reach = 12)
    {
        var tokens = reader.Tokens;
        var i = from;
        for (var steps = 0; i < nextBound && steps < reach; i++, steps++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                if ((reader.Text[t.Start] is ',' && !AgeList.CommaInside(reader, i)) || reader.Text[t.Start] is ';' or ':' or '(' or '“' or '”' or '"' or '.' or '—' or '–' || CountAside.IsDash(reader, i))
                {
                    break;
                }
                continue;
            }
            if (ClaimLexicon.ClauseBreaks.Contains(reader.Word(i)) && !reader.Is(i, "as"))
            {
                break;
            }
            // "had 600,000 troops … and planned to raise": a second verb phrase; "killed or wounded" is one.
            if ((reader.Is(i, "and") || reader.Is(i, "or")) && i + 1 < nextBound && tokens[i + 1].IsWord && !PeopleWords.IsCasualtyWord(reader.Word(i + 1))
                && !CoordinatedPeople(reader, i, nextBound) && !SingularConjunct.Follows(reader, i, nextBound) && !CoordinatedPlaces(reader, i, nextBound) && !CoordinatedUnits(reader, i, nextBound) && !BetweenBounds(reader, i) && !AgeList.CommaInside(reader, i) && !LostALimb.OneOrBoth(reader, i))
            {
                break;
            }
        }
        return i;
    }

    // "10 children aged between five and seven had been killed": the "and" of a "between" range joins its two bounds.
    // Golden case: apposition_before_the_verb.
    private static bool BetweenBounds(PeopleCountReader reader, int conjunction) =>
        reader.Is(conjunction - 2, "between") && reader.Is(conjunction, "and");

    // "50 soldiers and volunteer fighters died": a second people noun joined to the first shares its verb.
    private static bool CoordinatedPeople(PeopleCountReader reader, int conjunction, int nextBound)
    {
        for (var j = conjunction + 1; j < nextBound && j <= conjunction + 3; j++)
        {
            if (!reader.Tokens[j].IsWord)
            {
                return false;
            }
            var w = reader.Word(j);
            if (ClaimLexicon.MilitaryNouns.Contains(w) || ClaimLexicon.IrregularNouns.Contains(w) || ClaimLexicon.CivilianNouns.Contains(w))
            {
                return true;
            }
            if (!ClaimLexicon.NounModifiers.Contains(w) && !PeopleWords.IsDescribingWord(reader, j))
            {
                return false;
            }
        }
        return false;
    }

    // "some 230 servicemen of Russian and North Korean units had been killed": owners joined inside an "of" phrase
    // before a unit word (counts.json coordinatedUnitNouns) say whose units the people serve in; the verb after the
    // units is still the count's. Golden case: servicemen_of_two_nations_units_share_the_fate.
    private static bool CoordinatedUnits(PeopleCountReader reader, int conjunction, int nextBound)
    {
        if (!reader.Is(conjunction - 2, "of") && !reader.Is(conjunction - 3, "of"))
        {
            return false;
        }
        for (var j = conjunction + 1; j < nextBound && j <= conjunction + 3; j++)
        {
            if (!reader.Tokens[j].IsWord)
            {
                return false;
            }
            var w = reader.Word(j);
            if (UnitNouns.Contains(w))
            {
                return true;
            }
            // An owner's name ("North Korean", "Wagner") is capitalised, a describing word is not.
            if (!char.IsUpper(w[0]) && !ClaimLexicon.NounModifiers.Contains(w) && !PeopleWords.IsDescribingWord(reader, j))
            {
                return false;
            }
        }
        return false;
    }

    // "3,000 residents of Dhaybad and nearby villages left their homes": a second place joined to the first is not a
    // second verb phrase. Golden case: displaced_crossed_fled_left_sheltering.
    private static bool CoordinatedPlaces(PeopleCountReader reader, int conjunction, int nextBound)
    {
        for (var j = conjunction + 1; j < nextBound && j <= conjunction + 3; j++)
        {
            if (!reader.Tokens[j].IsWord)
            {
                return false;
            }
            var w = reader.Word(j);
            if (PlaceNouns.Contains(w) || ClaimLexicon.Homes.Contains(w))
            {
                return true;
            }
            if (!PeopleWords.IsDescribingWord(reader, j))
            {
                return false;
            }
        }
        return false;
    }
}
