namespace ClaimTracker.Core.Claims;

/// <summary>
/// A place named inside a speaker's relative clause: "UN humanitarian chief Tom Fletcher, who visited Port Sudan last
/// week, said more than 12 million people had been driven from their homes" (Unseen59 guardianng-afp, gold bare
/// people). The clause opens with a comma and "who", closes with a comma, and a reporting verb (attribution.json
/// <c>reportingVerbs</c>) follows within <see cref="VerbReach"/> words: it says where the speaker was, not whose the
/// people counted after it are, so the walk left from the count steps over the nation (a city bearing the country's
/// name, "Nairobi", a country). Read by <see cref="NationalityBeforeCount"/> only on a nation it found. Golden cases:
/// a_place_in_the_speakers_clause_is_not_the_counteds, a_place_in_the_speakers_clause_control.
/// </summary>
internal static class SpeakersRelativeClause
{
    // Words of the clause before the nation: "who visited", "who was in", "who had just returned from".
    private const int ClauseReach = 6;

    // Words after the closing comma before the reporting verb: "said", "has said", "told reporters".
    private const int VerbReach = 2;

    private static readonly WordSet ReportingVerbs = WordLists.Set("reportingVerbs");

    /// <summary>Whether the nation at tokens <paramref name="s"/>..<paramref name="i"/> lies in a speaker's "who" clause before <paramref name="countStart"/>.</summary>
    public static bool At(PeopleCountReader reader, int s, int i, int countStart) =>
        OpensBefore(reader, s) && ClosesBefore(reader, i, countStart);

    private static bool OpensBefore(PeopleCountReader reader, int s)
    {
        for (var k = s - 1; k >= Math.Max(1, s - ClauseReach); k--)
        {
            if (!reader.Tokens[k].IsWord)
            {
                return false;
            }
            if (reader.Is(k, "who"))
            {
                return IsComma(reader, k - 1);
            }
        }
        return false;
    }

    private static bool ClosesBefore(PeopleCountReader reader, int i, int countStart)
    {
        for (var k = i + 1; k < countStart; k++)
        {
            if (IsComma(reader, k))
            {
                for (var v = k + 1; v <= k + VerbReach && v < countStart; v++)
                {
                    if (reader.IsIn(v, ReportingVerbs))
                    {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static bool IsComma(PeopleCountReader reader, int k) =>
        k >= 0 && !reader.Tokens[k].IsWord && reader.Text[reader.Tokens[k].Start] == ',';
}
