namespace ClaimTracker.Core.Claims;

/// <summary>
/// "documented 58 cases of extrajudicial killings and 80 cases of enforced disappearance": a count of cases of a
/// metric noun counts the people it happened to ("120 cases of cholera" names no metric and counts nobody, nor do
/// "cases of lost luggage", where the metric word only describes a thing).
/// Golden cases: cases_of_killings_count_people, cases_of_lost_things.
/// </summary>
internal static class CasesOf
{
    private static readonly WordSet CaseNouns = WordLists.Set("caseNouns");
    private static readonly WordSet NounEnders = WordLists.Set("caseMetricNounEnders");

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
            if (MetricWord.At(reader, k, k + 1) is { } m && m is not (Metric.Deployed or Metric.Engaged) && EndsTheNoun(reader, k + 1))
            {
                return m;
            }
        }
        return null;
    }

    // The metric word must be the head of what the cases are of ("killings", "enforced disappearance"): a word after it
    // other than a linking one makes it a modifier of a thing ("lost luggage", "missing documents").
    private static bool EndsTheNoun(PeopleCountReader reader, int next) =>
        next >= reader.Tokens.Count || !reader.Tokens[next].IsWord || NounEnders.Contains(reader.Word(next))
        || PeopleWords.IsPeopleNoun(reader.Word(next));
}
