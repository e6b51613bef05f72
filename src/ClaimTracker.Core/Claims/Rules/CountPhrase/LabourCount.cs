namespace ClaimTracker.Core.Claims;

/// <summary>
/// A firm's workforce is no war count: "It took the plant three months to hire 89 workers", "he had laid off 35 of his 60
/// staff", "two million people on its payrolls" (business pages carrying war figures, Unseen78 washingtonpost-ukraine-labor,
/// bloomberg-lebanon-tourism, bloomberg-north-korea-economy; "employed about 400 people", Unseen33, annotated not required).
/// With no fate read for the people (metric other), a count of workforce nouns (metrics.json labourNouns) that is the
/// object of hiring, employing or laying off (hireVerbs, layOffVerbs + "off"), or people "on its payroll" (payrollWords),
/// counts nobody the story's war touched, and the count is dropped. Workers killed, evacuated or mobilised keep their
/// fate and stay. A company's "has N employees" is left alone: "The construction company had 120 employees before the
/// war" stays a count (golden case a_companys_staff_is_no_strength). Golden cases: a_firms_workforce_is_no_claim,
/// workers_with_a_fate_stay.
/// </summary>
internal sealed class LabourCount : CountPhraseRule
{
    public static readonly LabourCount Rule = new();

    private static readonly WordSet HireVerbs = WordLists.Set("hireVerbs");
    private static readonly WordSet LayOffVerbs = WordLists.Set("layOffVerbs");
    private static readonly WordSet LabourNouns = WordLists.Set("labourNouns");
    private static readonly WordSet PayrollWords = WordLists.Set("payrollWords");
    private static readonly WordSet Owners = WordLists.Set("employeeOwners");

    private LabourCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        draft.Metric is not (null or Metric.Other) || !(Hired(reader, phrase) || OnThePayroll(reader, phrase));

    // "hire 89 workers", "laid off 35 of his 60 staff" (a bare partitive of the staff); "hired 5,000 prisoners" for the
    // front is a recruitment, not a payroll: only workforce nouns (labourNouns).
    private static bool Hired(PeopleCountReader reader, CountPhrase phrase) =>
        (phrase.Noun < 0 || reader.IsIn(phrase.Noun, LabourNouns))
        && (reader.IsIn(phrase.TokenBefore, HireVerbs) || (reader.Is(phrase.TokenBefore, "off") && reader.IsIn(phrase.TokenBefore - 1, LayOffVerbs)));

    // "two million people on its payrolls".
    private static bool OnThePayroll(PeopleCountReader reader, CountPhrase phrase) =>
        reader.Is(phrase.AfterCount, "on") && (reader.IsIn(phrase.AfterCount + 1, Owners) || reader.Is(phrase.AfterCount + 1, "the"))
        && reader.IsIn(phrase.AfterCount + 2, PayrollWords);
}
