using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "She lost four relatives in the strike", "he has lost 11 family members": a person losing kin (metrics.json
/// kinNouns, one or two words after the count) mourns the dead; a state's or an army's "lost 1,230 troops" stays its
/// losses, killed or wounded. Asked by <see cref="MetricWord"/>. Golden case: lost_relatives_are_dead.
/// </summary>
internal static class LostKin
{
    private static readonly WordSet KinNouns = WordLists.Set("kinNouns");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!w.Equals("lost", StringComparison.OrdinalIgnoreCase) || !IsCount(reader, i + 1))
        {
            return false;
        }
        for (var j = i + 2; j <= i + 3 && j < reader.Tokens.Count; j++)
        {
            if (reader.IsIn(j, KinNouns))
            {
                return true;
            }
        }
        return false;
    }

    // A count of a few people, in figures or in words up to the tens: "four relatives", "23 colleagues".
    internal static bool IsCount(PeopleCountReader reader, int j) =>
        reader.IsNumberToken(j) || (j < reader.Tokens.Count && reader.Tokens[j].IsWord && NumberWord.TryGet(reader.Word(j), out var count)
            && count.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens);
}
