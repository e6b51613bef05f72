namespace ClaimTracker.Core.Claims;

/// <summary>
/// A fate people are at risk of has not happened: "127,000 children are at risk of dying from malnutrition", "on the
/// brink of death", "in danger of being killed" count people in danger, `other` (as the sets' gold reads "at risk of
/// famine"), not the dead. A fate word up to three bridging words (metrics.json riskBridges) after a risk word
/// (riskWords). Read by <see cref="MetricWord"/>. Golden case: at_risk_of_dying_is_other.
/// </summary>
internal static class AtRiskOf
{
    private static readonly WordSet RiskWords = WordLists.Set("riskWords");
    private static readonly WordSet Bridges = WordLists.Set("riskBridges");

    public static bool Before(PeopleCountReader reader, int i) => BridgedWord.Reaches(reader, i, -1, 4, RiskWords, Bridges);
}
