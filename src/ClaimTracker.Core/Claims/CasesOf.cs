namespace ClaimTracker.Core.Claims;

/// <summary>
/// "documented 58 cases of extrajudicial killings and 80 cases of enforced disappearance": a count of cases of a
/// metric noun counts the people it happened to ("120 cases of cholera" names no metric and counts nobody, nor do
/// "cases of lost luggage", where the metric word only describes a thing).
/// "at least 19,600 cases of Ukrainian children being illegally deported to Russia" (the prosecutor general's office,
/// Unseen53 euromaidan-prosecutor) names the people and their fate after "being" (counts.json <c>caseStateLinks</c>),
/// an adverb allowed before the participle: <see cref="PeopleBeing"/>.
/// Golden cases: cases_of_killings_count_people, cases_of_lost_things, cases_of_children_being_deported.
/// </summary>
internal static class CasesOf
{
    private static readonly WordSet CaseNouns = WordLists.Set("caseNouns");
    private static readonly WordSet NounEnders = WordLists.Set("caseMetricNounEnders");
    private static readonly WordSet StateLinks = WordLists.Set("caseStateLinks");

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

    /// <summary>
    /// The people noun of "cases of [people] being [participle]" and the participle's metric, or -1 when the count is
    /// no such count of cases.
    /// </summary>
    public static int PeopleBeing(PeopleCountReader reader, int afterCount, out Metric metric)
    {
        metric = Metric.Other;
        if (!reader.IsIn(afterCount, CaseNouns) || !reader.Is(afterCount + 1, "of"))
        {
            return -1;
        }
        for (var k = afterCount + 2; k <= afterCount + 4 && k < reader.Tokens.Count && reader.Tokens[k].IsWord; k++)
        {
            if (PeopleWords.IsPeopleNoun(reader.Word(k)) && reader.IsIn(k + 1, StateLinks))
            {
                var verb = k + 2 < reader.Tokens.Count && reader.Word(k + 2).EndsWith("ly", StringComparison.OrdinalIgnoreCase) ? k + 3 : k + 2;
                if (verb < reader.Tokens.Count && reader.Tokens[verb].IsWord && MetricWord.At(reader, verb, verb + 1) is { } m && m is not (Metric.Deployed or Metric.Engaged))
                {
                    metric = m;
                    return k;
                }
                return -1;
            }
        }
        return -1;
    }

    // The metric word must be the head of what the cases are of ("killings", "enforced disappearance"): a word after it
    // other than a linking one makes it a modifier of a thing ("lost luggage", "missing documents").
    private static bool EndsTheNoun(PeopleCountReader reader, int next) =>
        next >= reader.Tokens.Count || !reader.Tokens[next].IsWord || NounEnders.Contains(reader.Word(next))
        || PeopleWords.IsPeopleNoun(reader.Word(next));
}
