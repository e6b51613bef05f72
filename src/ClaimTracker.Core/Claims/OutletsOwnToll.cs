using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A foreign news outlet's reporter who counts Gaza's dead on the ground gives the count no people of the outlet's
/// country: "A reporter for the Qatar-based Al Jazeera network said at least 30 people had been killed" (Unseen34
/// guardian-jabalia-aloush-home-strike), "Another four were counted at Awda, according to a list of names seen by an
/// Associated Press reporter" (Unseen23 ap-nuseirat-toll-rises). In a story set in Gaza, <see cref="OwnPopulation"/>
/// gives Gaza's people only to counts with no speaker or a Palestinian one, so that a foreign government or army ("US
/// officials said 300,000 civilians remain in the north") does not speak for Gaza's people; an outlet's home country is
/// only where it is based. Only the outlet's reporter (populations.json <c>fieldReporterNouns</c> in the sentence): an
/// outlet's tally is compiled from either side's figures ("1,218 people, according to an AFP tally based on official
/// Israeli figures", "15 had been handed back by Tuesday, according to an AFP tally": Unseen12, Unseen15, Unseen63,
/// Unseen67 fell when every outlet was let in). Israel's own media are a side, and keep the rule as it was.
/// Golden case: an_outlets_own_toll_in_gaza.
/// </summary>
internal static class OutletsOwnToll
{
    private const string Israeli = "IL";
    private static readonly WordSet FieldReporterNouns = WordLists.Set("fieldReporterNouns");

    /// <summary>
    /// Whether <paramref name="source"/> is a news outlet of a country that is not a party to the Gaza war, speaking
    /// through its reporter in the count's sentence (<paramref name="tokens"/>).
    /// </summary>
    public static bool ByAForeignReporter(string text, List<Token> tokens, SourceDefinition? source)
    {
        if (source is not { Kind: SourceKind.Media, Country: not Israeli })
        {
            return false;
        }
        foreach (var token in tokens)
        {
            if (token.IsWord && FieldReporterNouns.Contains(text.AsSpan(token.Start, token.Length)))
            {
                return true;
            }
        }
        return false;
    }
}
