namespace ClaimTracker.Core.Claims;

/// <summary>
/// "documented 58 cases of extrajudicial killings and 80 cases of enforced disappearance": a count of cases of a
/// metric noun counts the people it happened to ("120 cases of cholera" names no metric and counts nobody).
/// Golden case: cases_of_killings_count_people.
/// </summary>
internal static class CasesOf
{
    private static readonly WordSet CaseNouns = WordLists.Set("caseNouns");

    /// <summary>The metric of the cases after the count, or null when the number is no count of cases of one.</summary>
    public static Metric? After(PeopleCountReader reader, int afterCount)
    {
        var tokens = reader.Tokens;
        if (afterCount + 2 >= tokens.Count || !tokens[afterCount].IsWord || !CaseNouns.Contains(reader.Word(afterCount)) || !reader.Is(afterCount + 1, "of"))
        {
            return null;
        }
        // "cases of extrajudicial killings": the metric noun within three words, past its modifiers.
        for (var k = afterCount + 2; k < tokens.Count && k <= afterCount + 4 && tokens[k].IsWord; k++)
        {
            if (MetricWord.At(reader, k, k + 1) is { } m && m is not (Metric.Deployed or Metric.Engaged))
            {
                return m;
            }
        }
        return null;
    }
}
