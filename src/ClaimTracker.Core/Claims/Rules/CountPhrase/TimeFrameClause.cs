namespace ClaimTracker.Core.Claims;

/// <summary>
/// A plan word inside a fronted time clause closed by a comma before the count dates the count, it plans nothing: "By
/// the time the ceasefire was agreed, more than 4,000 had fled", "Since the deal was approved, 300 prisoners have been
/// freed". The clause opens with "by the time" or a time conjunction (status.json timeClauseOpeners) with no comma
/// between it and the plan word. "After Pyongyang agreed to send 3,000 troops" (no comma before the count) stays
/// planned. A trailing time clause after the count dates it the same way: "more than 300,000 people have left Gaza City
/// since the army ordered residents to move south" — the order is the army's, the count is of people who left (a
/// time conjunction between the count and the plan word, no comma between them). Read by <see cref="StatedPlan"/>.
/// Golden cases: a_time_clause_plans_nothing, an_order_in_a_trailing_time_clause.
/// </summary>
internal static class TimeFrameClause
{
    private static readonly WordSet Openers = WordLists.Set("timeClauseOpeners");

    /// <summary>Whether the plan word at <paramref name="i"/> sits in such a clause, closed before token <paramref name="count"/>.</summary>
    public static bool Holds(PeopleCountReader reader, int i, int count) =>
        CommaBetween(reader, i + 1, count) && OpenerBefore(reader, i);

    /// <summary>Whether the plan word at <paramref name="i"/>, after the count, sits in a time clause opened after <paramref name="afterCount"/>.</summary>
    public static bool Trails(PeopleCountReader reader, int afterCount, int i)
    {
        for (var j = i - 1; j >= afterCount && j >= 0 && !IsComma(reader, j); j--)
        {
            if (reader.IsIn(j, Openers) && !reader.Is(j, "before"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OpenerBefore(PeopleCountReader reader, int i)
    {
        for (var j = i - 1; j >= 0 && !IsComma(reader, j); j--)
        {
            if (reader.Tokens[j].IsWord && (Openers.Contains(reader.Word(j)) || ByTheTime(reader, j)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ByTheTime(PeopleCountReader reader, int j) =>
        reader.Is(j, "time") && reader.Is(j - 1, "the") && reader.Is(j - 2, "by");

    private static bool IsComma(PeopleCountReader reader, int j) =>
        !reader.Tokens[j].IsWord && reader.Text[reader.Tokens[j].Start] == ',';

    private static bool CommaBetween(PeopleCountReader reader, int from, int to)
    {
        for (var j = from; j < to && j < reader.Tokens.Count; j++)
        {
            if (IsComma(reader, j))
            {
                return true;
            }
        }
        return false;
    }
}
