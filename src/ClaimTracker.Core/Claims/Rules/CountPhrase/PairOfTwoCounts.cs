using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "left 19 people dead and injured nine", "left four people dead and wounded 21": a death word and a wound word joined
/// by "and", each with its own count, are two claims (killed, wounded), not one count of losses as "killed and wounded
/// 40 people" is. The pair is broken when a count stands right after its second word or its first word closes an
/// earlier count (a number, or a number and its people noun, right before it); "Snipers wounded or killed 14" is one
/// subject's pair. Read by <see cref="ClauseMetric"/> and
/// <see cref="VerbPairBefore"/>. Golden case: dead_and_injured_each_with_a_count.
/// </summary>
internal static class PairOfTwoCounts
{
    /// <summary>True when a count follows the pair's second word at <paramref name="second"/>.</summary>
    public static bool CountAfter(PeopleCountReader reader, int second) => IsCount(reader, second + 1);

    /// <summary>True when the pair's first word at <paramref name="first"/> closes an earlier count.</summary>
    public static bool CountBefore(PeopleCountReader reader, int first) =>
        first >= 1 && (IsCount(reader, first - 1) || (reader.Tokens[first - 1].IsWord && PeopleWords.IsPeopleNoun(reader.Word(first - 1)) && IsCount(reader, first - 2)));

    private static bool IsCount(PeopleCountReader reader, int j) =>
        j >= 0 && j < reader.Tokens.Count && (reader.IsNumberToken(j) || (reader.Tokens[j].IsWord && NumberWord.TryGet(reader.Word(j), out _)));
}
