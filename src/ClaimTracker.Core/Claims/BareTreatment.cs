namespace ClaimTracker.Core.Claims;

/// <summary>
/// People "being treated" with no hospital and no illness named are the wounded of the attack the sentence reports: "it
/// had received the bodies of 27 recruits and that 41 others were being treated, nine of them in critical condition"
/// (Unseen55 dabanga-el-obeid), "killed 23 recruits, and 34 others are being treated". A treatment participle
/// (metrics.json bareTreatmentVerbs) right after a verb of being (bareTreatmentLeads) that ends its clause (a mark, "and",
/// the sentence's end) names the wounded; "treated for acute malnutrition" names an illness and stays `other`, and
/// "treated in hospital" is <see cref="HospitalCare"/>'s. Read by <see cref="MetricWord"/>. Golden cases:
/// others_being_treated_are_wounded, treated_for_malnutrition_is_other (negative control).
/// The noun says the same: "Another 12 are still undergoing treatment, two of them in intensive care" (Unseen77
/// kyivindependent-nova-poshta), "the rest are receiving medical treatment" — a treatment noun (bareTreatmentNouns) after a
/// progressive lead (bareTreatmentNounLeads), with at most one modifier between (bareTreatmentNounModifiers), ending its
/// clause as above; "receiving treatment for cholera" names an illness and stays `other`. Golden cases:
/// undergoing_treatment_is_wounded, receiving_treatment_for_an_illness_is_other (negative control).
/// </summary>
internal static class BareTreatment
{
    private static readonly WordSet Verbs = WordLists.Set("bareTreatmentVerbs");
    private static readonly WordSet Leads = WordLists.Set("bareTreatmentLeads");
    private static readonly WordSet Nouns = WordLists.Set("bareTreatmentNouns");
    private static readonly WordSet NounLeads = WordLists.Set("bareTreatmentNounLeads");
    private static readonly WordSet NounModifiers = WordLists.Set("bareTreatmentNounModifiers");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        ((Verbs.Contains(w) && reader.IsIn(i - 1, Leads)) || (Nouns.Contains(w) && LedAsNoun(reader, i))) && EndsClause(reader, i);

    // "undergoing treatment", "receiving medical treatment".
    private static bool LedAsNoun(PeopleCountReader reader, int i) =>
        reader.IsIn(i - 1, NounLeads) || (reader.IsIn(i - 1, NounModifiers) && reader.IsIn(i - 2, NounLeads));

    private static bool EndsClause(PeopleCountReader reader, int i) =>
        i + 1 >= reader.Tokens.Count || !reader.Tokens[i + 1].IsWord || reader.Is(i + 1, "and");
}
