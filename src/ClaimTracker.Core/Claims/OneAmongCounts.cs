using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// One person counted beside other counts is a count: "14 civilians and one soldier had been killed", "one civilian had
/// been killed and five wounded". A lone "one soldier was killed" stays a story about a person (golden case
/// not_a_single_person); joined by "and" to a count of its own clause it is part of a tally. Golden case:
/// one_beside_other_counts.
/// </summary>
internal static class OneAmongCounts
{
    private const int Reach = 6;

    public static bool At(PeopleCountReader reader, NumberMention number, int first, int last)
    {
        if (number.Value != 1 || last + 1 >= reader.Tokens.Count || !reader.Tokens[last + 1].IsWord || !ClaimLexicon.SingularPeople.Contains(reader.Word(last + 1)))
        {
            return false;
        }
        // "14 civilians and one soldier": a count just before the "and".
        if (reader.Is(first - 1, "and") && (IsCount(reader, first - 2) || IsCount(reader, first - 3)))
        {
            return true;
        }
        // "one civilian had been killed and five wounded": an "and" then a count within the clause after.
        for (var i = last + 2; i < reader.Tokens.Count && i <= last + Reach; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
            if (reader.Is(i, "and"))
            {
                return IsCount(reader, i + 1);
            }
        }
        return false;
    }

    private static bool IsCount(PeopleCountReader reader, int i) =>
        i >= 0 && i < reader.Tokens.Count
        && (reader.IsNumberToken(i) || (reader.Tokens[i].IsWord && NumberWord.TryGet(reader.Word(i), out var word) && word.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens));
}
