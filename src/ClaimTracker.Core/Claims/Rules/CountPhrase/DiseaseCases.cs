namespace ClaimTracker.Core.Claims;

/// <summary>
/// "44,100 cholera cases", "640 suspected cases" in a sentence about measles, "712 cases with 31 deaths": the cases of
/// an outbreak are the people who fell ill, counted for the illness (metric other, subject people, as the gold
/// conventions annotate them). A case count is a disease's when a disease word (counts.json diseaseWords) stands before
/// the case noun, after "cases of", or anywhere in the sentence, or when deaths are counted beside the cases ("cases and
/// 2,960 deaths"). Court cases, "cases of lost luggage" and "cases of killings" (<see cref="CasesOf"/>) are not.
/// Asked by <see cref="BareCount"/>. "On Monday alone 36 new cases were recorded" in a cholera story names no disease
/// itself: "new", "suspected" or "confirmed" cases (counts.json caseModifiers) are the outbreak's when the story named a
/// disease before the sentence (<see cref="OutbreakStory"/>). Golden cases: disease_cases_are_people_counted,
/// cases_that_are_no_illness, new_cases_in_an_outbreak_story.
/// </summary>
internal static class DiseaseCases
{
    private const int DeathReach = 5;
    private static readonly WordSet Diseases = WordLists.Set("diseaseWords");
    private static readonly WordSet CaseNouns = WordLists.Set("diseaseCaseNouns");
    private static readonly WordSet Modifiers = WordLists.Set("caseModifiers");

    /// <summary>Whether the count at <paramref name="afterCount"/> is followed by an outbreak's case noun.</summary>
    public static bool After(PeopleCountReader reader, int afterCount)
    {
        var tokens = reader.Tokens;
        var named = false;
        var modified = false;
        var k = afterCount;
        // "suspected cholera cases": up to two modifiers or disease words before the case noun.
        for (; k < tokens.Count && k < afterCount + 2 && tokens[k].IsWord && !CaseNouns.Contains(reader.Word(k)); k++)
        {
            named |= Diseases.Contains(reader.Word(k));
            modified |= Modifiers.Contains(reader.Word(k));
            if (!Diseases.Contains(reader.Word(k)) && !Modifiers.Contains(reader.Word(k)))
            {
                return false;
            }
        }
        if (k >= tokens.Count || !tokens[k].IsWord || !CaseNouns.Contains(reader.Word(k)))
        {
            return false;
        }
        if (reader.Is(k + 1, "of"))
        {
            return k + 2 < tokens.Count && tokens[k + 2].IsWord && Diseases.Contains(reader.Word(k + 2));
        }
        // "36 new cases": the noun phrase may already have read "new" as a modifier of its own.
        modified |= reader.IsIn(k - 1, Modifiers);
        return named || reader.HasAny(Diseases, 0, tokens.Count) || DeathsBeside(reader, k + 1) || (modified && OutbreakStory.NamedBefore(reader));
    }

    // "cases and more than 2,960 deaths", "cases with 31 deaths": a death count joined to the cases.
    private static bool DeathsBeside(PeopleCountReader reader, int from)
    {
        if (!(reader.Is(from, "and") || reader.Is(from, "with") || reader.Is(from, "including")))
        {
            return false;
        }
        for (var i = from + 1; i < reader.Tokens.Count && i <= from + DeathReach; i++)
        {
            if (reader.IsIn(i, ClaimLexicon.Killed))
            {
                return true;
            }
        }
        return false;
    }
}
