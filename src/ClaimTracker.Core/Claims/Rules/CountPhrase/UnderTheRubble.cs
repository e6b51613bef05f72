using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// People under the rubble are missing, not yet dead: "nine victims remain trapped under the rubble", "buried beneath
/// the debris", "up to nine people may still be under the rubble" (the preposition alone, with a verb of being), and the search for them, "rescuers were searching the rubble for about 15 people" (a search verb with
/// "for" and a count after it). Read by <see cref="MetricWord"/> (metrics.json trappedWords, rubbleWords, searchVerbs).
/// Golden case: under_the_rubble_is_missing.
/// </summary>
internal static class UnderTheRubble
{
    private const int Reach = 4;

    private static readonly WordSet Trapped = WordLists.Set("trappedWords");
    private static readonly WordSet Rubble = WordLists.Set("rubbleWords");
    private static readonly WordSet SearchVerbs = WordLists.Set("searchVerbs");

    public static bool At(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (Trapped.Contains(w))
        {
            // "22 bodies were recovered from under the rubble": taken out, no longer missing.
            return !reader.Is(i - 1, "from") && WithinReach(reader, i, j => reader.IsIn(j, Rubble));
        }
        return SearchVerbs.Contains(w) && WithinReach(reader, i, j => reader.Is(j, "for") && (IsCount(reader, j + 1) || IsCount(reader, j + 2) || IsCount(reader, j + 3)));
    }

    private static bool WithinReach(PeopleCountReader reader, int i, Func<int, bool> found)
    {
        for (var j = i + 1; j < reader.Tokens.Count && j <= i + Reach; j++)
        {
            if (found(j))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCount(PeopleCountReader reader, int j) =>
        j < reader.Tokens.Count && (reader.IsNumberToken(j)
            || reader.Tokens[j].IsWord && NumberWord.TryGet(reader.Word(j), out var word) && word.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens or WordClass.Dozen or WordClass.Hundred);
}
