namespace ClaimTracker.Core.Claims;

/// <summary>
/// A head word reached from a token over bridging words only: "at risk of dying" reaches "risk" from "dying" over "of";
/// "likely far higher" reaches "higher" from "likely" over "far". Shared by <see cref="AtRiskOf"/> and
/// <see cref="SizeHedge"/>, which walk back and forward respectively.
/// </summary>
internal static class BridgedWord
{
    public static bool Reaches(PeopleCountReader reader, int from, int step, int most, WordSet heads, WordSet bridges)
    {
        for (var (j, n) = (from + step, 0); j >= 0 && j < reader.Tokens.Count && n < most; j += step, n++)
        {
            if (!reader.Tokens[j].IsWord)
            {
                return false;
            }
            if (heads.Contains(reader.Word(j)))
            {
                return true;
            }
            if (!bridges.Contains(reader.Word(j)))
            {
                return false;
            }
        }
        return false;
    }
}
