using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Others" after a count of things counts more of those things: "destroyed four buildings and damaged 14 others",
/// "12 vehicles, and 30 others". When the count before the "and" (or comma) is a number with a noun that names no
/// people, "N others" is no count of people. "Two people were killed and 14 others wounded" keeps its others.
/// So do "of them", "of which" and "more" with no noun: "a convoy of four vehicles, two of them armoured", "957
/// shelters …, 741 of which are full", "Eight hospitals have closed and seven more are only partly working" count the
/// things the number before them counted, when no people were counted before them in the sentence; so does the pointer
/// fronted before the count ("46 attack drones overnight, of which 38 were shot down").
/// Golden cases: others_after_things_are_things, killed_and_wounded_others, of_them_after_things_are_things,
/// of_which_before_a_count_of_things, others_after_a_clause_about_things, others_after_debris_fell_on (a name before the thing counts as describing it: "27 Korvan drones …, 14 of which").
/// </summary>
internal sealed class OthersOfThings : CountPhraseRule
{
    public static readonly OthersOfThings Rule = new();

    // "four buildings", "12 residential buildings": the thing's noun right after its number or one word later.
    private const int NounReach = 2;

    // "1,200 cases, 30 of them fatal", "the death toll of 40, 12 of them children": nouns that tally people
    // (counts.json tollWords, tallyNouns).
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet TallyNouns = WordLists.Set("tallyNouns");

    // "debris fell on five others", "wreckage landed in two others": the verb and preposition of a clause about things
    // (counts.json thingClauseVerbs, thingPrepositions).
    private static readonly WordSet ThingClauseVerbs = WordLists.Set("thingClauseVerbs");
    private static readonly WordSet ThingPrepositions = WordLists.Set("thingPrepositions");

    private OthersOfThings()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        // Only with no people counted before it in the sentence: "15,000 soldiers had been sent in two deployments,
        // and about 600 of them had been killed", "16 children …in shelling on two villages, and 23 more".
        if (PointsBack(reader, phrase.TokenAfter) && phrase.PreviousBound >= 0 && phrase.Previous is null)
        {
            return !ThingsAfter(reader, phrase.PreviousBound + 1, phrase.QualifierFirst);
        }
        // "Russia launched 46 attack drones overnight, of which 38 were shot down": the pointer before the count.
        if (PointsBackBefore(reader, phrase.QualifierFirst) && phrase.PreviousBound >= 0 && phrase.Previous is null && phrase.Noun < 0)
        {
            return !ThingsAfter(reader, phrase.PreviousBound + 1, phrase.TokenBefore - 1);
        }
        if (phrase.Noun != phrase.TokenAfter || !reader.Is(phrase.Noun, "others"))
        {
            return true;
        }
        var thingClause = ThingClauseBefore(reader, phrase.TokenBefore);
        // "Nine drones struck their targets and wreckage fell on three others": with no people counted before, others
        // that debris fell on are more of the things.
        if (thingClause && phrase.Previous is null)
        {
            return false;
        }
        var join = thingClause ? phrase.TokenBefore - 3 : JoinBefore(reader, phrase.TokenBefore);
        if (join < 2 || !(reader.Is(join, "and") || IsComma(reader, join)))
        {
            return true;
        }
        var thing = join - 1;
        if (IsComma(reader, thing))
        {
            thing--;
        }
        return !CountsThings(reader, thing) && !ThingsCountedEarlier(reader, phrase, join);
    }

    // "three hospitals had been forced to evacuate … and two others had been partially evacuated": the others follow
    // the clause of the things they add to, the sentence counted no people before them, and no person is named between
    // ("killing a nurse and two others" keeps its people). Golden case: others_after_a_clause_about_things.
    private static bool ThingsCountedEarlier(PeopleCountReader reader, CountPhrase phrase, int join)
    {
        if (join != phrase.TokenBefore || phrase.Previous is not null || phrase.PreviousBound < 0
            || !ThingsAfter(reader, phrase.PreviousBound + 1, join))
        {
            return false;
        }
        for (var i = phrase.PreviousBound + 1; i < join; i++)
        {
            if (reader.Tokens[i].IsWord && (PeopleWords.IsPeopleNoun(reader.Word(i)) || ClaimLexicon.SingularPeople.Contains(reader.Word(i))))
            {
                return false;
            }
        }
        return true;
    }

    // "and damaged 14 others": a verb of its own between the join and the count.
    private static int JoinBefore(PeopleCountReader reader, int before) =>
        before > 0 && reader.Tokens[before].IsWord && PeopleWords.IsVerbLike(reader.Word(before)) && !reader.Is(before, "and") ? before - 1 : before;

    // "and debris fell on five others", "and wreckage landed near two others": a clause of its own whose subject is a
    // thing, a verb and a preposition that name no people (Unseen39 newsmax; golden case others_after_debris_fell_on).
    private static bool ThingClauseBefore(PeopleCountReader reader, int before) =>
        before >= 3 && reader.IsIn(before, ThingPrepositions)
        && (reader.IsIn(before - 1, ThingClauseVerbs) || (reader.Tokens[before - 1].IsWord && PeopleWords.IsVerbLike(reader.Word(before - 1))))
        && reader.Tokens[before - 2].IsWord && char.IsLower(reader.Word(before - 2)[0]) && !PeopleWords.IsPeopleNoun(reader.Word(before - 2))
        && (reader.Is(before - 3, "and") || reader.IsMark(before - 3, ','));

    // "two of them", "741 of which", "seven more" with no people noun after it: a share or more of the count before.
    private static bool PointsBack(PeopleCountReader reader, int after) =>
        (reader.Is(after, "of") && (reader.Is(after + 1, "them") || reader.Is(after + 1, "which")))
        || (reader.Is(after, "more") && !(after + 1 < reader.Tokens.Count && reader.Tokens[after + 1].IsWord && PeopleWords.IsPeopleNoun(reader.Word(after + 1))));

    // ", of which 38", ", of them 12": the share's pointer fronted before its count.
    private static bool PointsBackBefore(PeopleCountReader reader, int qualifierFirst) =>
        qualifierFirst >= 2 && reader.Is(qualifierFirst - 2, "of") && (reader.Is(qualifierFirst - 1, "which") || reader.Is(qualifierFirst - 1, "them"));

    // The noun of the number before ("four vehicles", "957 collective shelters") is a plural that names no people.
    internal static bool ThingsAfter(PeopleCountReader reader, int first, int bound)
    {
        var reach = first + NounReach + 1;
        for (var i = first; i < bound && i < reach; i++)
        {
            if (Compound(reader, i, bound))
            {
                // "46 Iranian-made Shahed drones", "12 long-range drones": a hyphened describing word is one word of reach.
                i++;
                reach += 2;
                continue;
            }
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
            var w = reader.Word(i);
            if (PeopleWords.IsPeopleNoun(w) || TollWords.Contains(w) || TallyNouns.Contains(w))
            {
                return false;
            }
            if (char.IsLower(w[0]) && w.EndsWith('s') && (i + 1 >= bound || !reader.Tokens[i + 1].IsWord || !PeopleWords.IsPeopleNoun(reader.Word(i + 1))))
            {
                return true;
            }
            // "27 Ukrainian drones", "20 Shahed drones": a name before the thing describes it too.
            if (!PeopleWords.IsDescribingWord(reader, i) && !char.IsUpper(w[0]))
            {
                return false;
            }
        }
        return false;
    }

    // A hyphen between two words before the thing ("Iranian-made", "long-range"): both halves describe it.
    private static bool Compound(PeopleCountReader reader, int i, int bound) =>
        i > 0 && i + 1 < bound && reader.IsMark(i, '-') && reader.Tokens[i - 1].IsWord && reader.Tokens[i + 1].IsWord
        && char.IsLower(reader.Word(i + 1)[0]) && !PeopleWords.IsPeopleNoun(reader.Word(i + 1));

    private static bool IsComma(PeopleCountReader reader, int i) => i >= 0 && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ',';

    private static bool CountsThings(PeopleCountReader reader, int thing)
    {
        // A plural thing ("buildings", "trucks"): "one driver and … three others", "in a monastery and … six others"
        // name one thing or person, not a count the others add to.
        if (thing < 1 || !reader.Tokens[thing].IsWord || !reader.Word(thing).EndsWith('s') || PeopleWords.IsPeopleNoun(reader.Word(thing)))
        {
            return false;
        }
        for (var i = thing - 1; i >= 0 && i >= thing - NounReach; i--)
        {
            if (reader.IsNumberToken(i) || (reader.Tokens[i].IsWord && !reader.Is(i, "a") && !reader.Is(i, "an") && NumberWord.TryGet(reader.Word(i), out _)))
            {
                return true;
            }
            if (!reader.Tokens[i].IsWord || !PeopleWords.IsDescribingWord(reader, i))
            {
                return false;
            }
        }
        return false;
    }
}
