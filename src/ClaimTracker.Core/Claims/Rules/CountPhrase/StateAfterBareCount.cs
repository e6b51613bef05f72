namespace ClaimTracker.Core.Claims;

/// <summary>
/// A bare count followed by a participle of state: "with another 9,000 believed to be dead under the rubble", "about
/// 110 remaining in Gaza", "100 thought to be alive". The participle (counts.json stateParticiples) works like a verb
/// group after the count, but only when no noun follows it ("the 30 remaining trucks" counts trucks): the word after it
/// must open a phrase (counts.json afterBareCount: "in", "to") or a verb group, or end the clause. Asked by
/// <see cref="BareCount"/>. Golden case: bare_count_with_a_state.
/// </summary>
internal static class StateAfterBareCount
{
    private static readonly WordSet StateParticiples = WordLists.Set("stateParticiples");
    private static readonly WordSet AfterBareCount = WordLists.Set("afterBareCount");

    public static bool Follows(PeopleCountReader reader, int after)
    {
        var tokens = reader.Tokens;
        if (after >= tokens.Count || !tokens[after].IsWord || !StateParticiples.Contains(reader.Word(after)))
        {
            return false;
        }
        var next = after + 1;
        return next >= tokens.Count || !tokens[next].IsWord || AfterBareCount.Contains(reader.Word(next)) || PeopleWords.VerbStarts.Contains(reader.Word(next));
    }
}
