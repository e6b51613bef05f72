namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Four attackers who tried to storm the post after the blast were killed": when the count's clause stops at a
/// relative pronoun right after its people noun, the main verb after the relative clause says what happened to them —
/// the first auxiliary followed by a metric word before the next comma; failing that, a metric word inside the relative
/// clause ("the 12 survivors who needed hospital care"). An auxiliary led by a preposition ("1,350 people who
/// disappeared after being arrested") opens an adverbial phrase, not the main verb: the relative clause's own verb
/// stands (counts.json adverbialLeads). Golden cases: relative_clause_then_main_verb, disappeared_after_being_arrested.
/// </summary>
internal static class RelativeClauseVerb
{
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");
    private static readonly WordSet Relatives = WordLists.Set("relativePronouns");
    private static readonly WordSet AdverbialLeads = WordLists.Set("adverbialLeads");

    public static Metric? After(PeopleCountReader reader, int noun, int right)
    {
        var tokens = reader.Tokens;
        if (noun < 0 || right != noun + 1 || right >= tokens.Count || !tokens[right].IsWord || !Relatives.Contains(reader.Word(right)))
        {
            return null;
        }
        Metric? inClause = null;
        for (var k = right + 1; k < tokens.Count && k <= right + 20; k++)
        {
            if (!tokens[k].IsWord)
            {
                // "the 12 survivors who needed hospital care, eight …": the relative clause itself names their state.
                return inClause;
            }
            if (!Auxiliaries.Contains(reader.Word(k)) || k == right + 1 || AdverbialLeads.Contains(reader.Word(k - 1)))
            {
                inClause ??= MetricWord.At(reader, k, k + 1) is { } named && named is not (Metric.Deployed or Metric.Engaged) ? named : null;
                continue;
            }
            var j = k + 1;
            while (j < tokens.Count && tokens[j].IsWord && Auxiliaries.Contains(reader.Word(j)))
            {
                j++;
            }
            if (j < tokens.Count && MetricWord.At(reader, j, j + 1) is { } m && m is not (Metric.Deployed or Metric.Engaged))
            {
                return m;
            }
        }
        return inClause;
    }
}
