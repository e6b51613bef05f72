namespace ClaimTracker.Core.Claims;

/// <summary>
/// A paragraph about an outbreak: "… now also face the country's gravest cholera epidemic in years. Its teams in Darfur
/// treated more than 2,300 patients over the same seven days" (Unseen73 guardianng): the patients a team treats there are
/// the disease's cases, not the wounded, though the treating sentence names no disease. A disease word (counts.json
/// <c>diseaseWords</c>) in the paragraph up to the count's sentence, or in the sentence, says so. Asked by
/// <see cref="HospitalIntake"/>. Golden case: patients_treated_in_an_outbreak_are_cases.
/// </summary>
internal static class OutbreakParagraph
{
    private static readonly WordSet Diseases = WordLists.Set("diseaseWords");

    public static bool Names(PeopleCountReader reader) => ParagraphSoFar.Names(reader, Diseases);
}
