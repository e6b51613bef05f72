namespace ClaimTracker.Core.Claims;

/// <summary>
/// People "being treated" with no hospital and no illness named are the wounded of the attack the sentence reports: "it
/// had received the bodies of 27 recruits and that 41 others were being treated, nine of them in critical condition"
/// (Unseen55 dabanga-el-obeid), "killed 23 recruits, and 34 others are being treated". A treatment participle
/// (metrics.json bareTreatmentVerbs) right after a verb of being (bareTreatmentLeads) that ends its clause (a mark, "and",
/// the sentence's end) names the wounded; "treated for acute malnutrition" names an illness and stays `other`, and
/// "treated in hospital" is <see cref="HospitalCare"/>'s. Read by <see cref="MetricWord"/>. Golden cases:
/// others_being_treated_are_wounded, treated_for_malnutrition_is_other (negative control).
/// </summary>
internal static class BareTreatment
{
    private static readonly WordSet Verbs = WordLists.Set("bareTreatmentVerbs");
    private static readonly WordSet Leads = WordLists.Set("bareTreatmentLeads");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        Verbs.Contains(w) && reader.IsIn(i - 1, Leads)
        && (i + 1 >= reader.Tokens.Count || !reader.Tokens[i + 1].IsWord || reader.Is(i + 1, "and"));
}
