namespace ClaimTracker.Core.Claims;

/// <summary>
/// A workforce or a force leaving for a named place is sent there: "around 1,000 military construction workers are
/// expected to leave for Russia", "a further 5,000 labourers would head to Russia's Far East", "3,000 military builders
/// are due to head to Russia" are deployed (the gold convention for workers a state sends: Unseen21, Unseen10). The
/// departure (metrics.json departVerbs + "for", or "head to") must name its destination with a capital, and the sentence
/// must name soldiers or workers (metrics.json sentWorkforce): "2,000 Palestinians are expected to leave for Egypt",
/// "patients due to leave for Jordan" name neither and keep their own fate. Read by <see cref="MetricWord"/>.
/// Golden case: workers_leaving_for_a_country_are_deployed.
/// </summary>
internal static class WorkforceDeparture
{
    private static readonly WordSet WorkforceNouns = WordLists.Set("sentWorkforce");

    public static bool Reads(PeopleCountReader reader, int i)
    {
        if (!StatedPlan.DepartsFor(reader, i))
        {
            return false;
        }
        var place = reader.Is(i + 2, "the") ? i + 3 : i + 2;
        return place < reader.Tokens.Count && reader.Tokens[place].IsWord && char.IsUpper(reader.Text[reader.Tokens[place].Start])
            && (reader.MentionsMilitary() || reader.HasAny(WorkforceNouns, 0, i));
    }
}
