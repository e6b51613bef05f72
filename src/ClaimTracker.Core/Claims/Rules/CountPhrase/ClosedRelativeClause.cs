namespace ClaimTracker.Core.Claims;

/// <summary>
/// A relative clause set off by commas before the count describes its subject, and a plan inside it is the subject's,
/// not the count's: "The Lebanese army, which under the truce is to deploy in the south alongside UN peacekeepers, says
/// it has sent more than 9,000 soldiers" (Unseen54 anews-aa-kafr-dajjal: reported, not planned). A comma, a relative
/// pronoun (status.json closedRelativeOpeners) and the next comma, all before the count: the plan words before the count
/// are read only after that comma. A count inside the clause ("Russia, which plans to send 2,000 more troops, …") is
/// not behind a closed clause. Read by <see cref="StatedPlan"/>. Golden case: a_plan_in_a_closed_relative_clause.
/// </summary>
internal static class ClosedRelativeClause
{
    private static readonly WordSet Openers = WordLists.Set("closedRelativeOpeners");

    /// <summary>The first token after the last comma-closed relative clause in from..to, else <paramref name="from"/>.</summary>
    public static int After(PeopleCountReader reader, int from, int to)
    {
        // The clause may open before the count's clause bound ("which under the truce is to deploy" splits at "under"),
        // so the scan starts at the sentence's start.
        var start = Math.Max(0, from);
        for (var j = 0; j + 1 < to; j++)
        {
            if (!reader.IsMark(j, ',') || !reader.IsIn(j + 1, Openers))
            {
                continue;
            }
            var close = j + 2;
            while (close < to && !reader.IsMark(close, ','))
            {
                close++;
            }
            if (close >= to)
            {
                break;
            }
            start = Math.Max(start, close + 1);
            j = close;
        }
        return start;
    }
}
