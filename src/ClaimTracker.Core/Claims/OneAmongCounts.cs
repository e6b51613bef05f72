using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// One person counted beside other counts is a count: "14 civilians and one soldier had been killed", "one civilian had
/// been killed and five wounded". A lone "one soldier was killed" stays a story about a person (golden case
/// not_a_single_person); joined by "and" to a count of its own clause it is part of a tally, also when a nationality
/// stands before the noun or the second count has its own verb ("killed one person and injured two others"). Golden
/// cases: one_beside_other_counts, one_then_a_count_with_its_own_verb.
/// </summary>
internal static class OneAmongCounts
{
    private const int Reach = 6;

    public static bool At(PeopleCountReader reader, NumberMention number, int first, int last)
    {
        if (number.Value != 1 || Noun(reader, last) is not { } noun)
        {
            return false;
        }
        // "14 civilians and one soldier": a count just before the "and".
        if (reader.Is(first - 1, "and") && (IsCount(reader, first - 2) || IsCount(reader, first - 3)))
        {
            return true;
        }
        // "one civilian had been killed and five wounded": an "and" then a count within the clause after.
        for (var i = noun + 1; i < reader.Tokens.Count && i <= noun + Reach; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
            if (reader.Is(i, "and"))
            {
                // "killed one person and injured two others": the second count may have its own verb.
                return IsCount(reader, i + 1) || (i + 2 < reader.Tokens.Count && reader.Tokens[i + 1].IsWord && PeopleWords.IsCasualtyWord(reader.Word(i + 1)) && IsCount(reader, i + 2));
            }
        }
        return false;
    }

    // The singular people noun right after "one", or after one capitalised word ("one Ukrainian soldier").
    private static int? Noun(PeopleCountReader reader, int last)
    {
        for (var i = last + 1; i <= last + 2 && i < reader.Tokens.Count && reader.Tokens[i].IsWord; i++)
        {
            if (ClaimLexicon.SingularPeople.Contains(reader.Word(i)))
            {
                return i;
            }
            if (!char.IsUpper(reader.Word(i)[0]))
            {
                return null;
            }
        }
        return null;
    }

    internal static bool IsCount(PeopleCountReader reader, int i) =>
        i >= 0 && i < reader.Tokens.Count
        && (reader.IsNumberToken(i) || (reader.Tokens[i].IsWord && NumberWord.TryGet(reader.Word(i), out var word) && word.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens));
}
