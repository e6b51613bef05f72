using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country's envoy, ambassador or permanent representative to the United Nations ("Ukraine's envoy to the United
/// Nations", "the Sudanese UN ambassador") speaks for that country's government: its foreign service where the registry
/// has one (the State Department, Russia's foreign ministry), else its government. The phrases are built from the
/// nationalities (Claims/Words/nationalities.json) and the words in attribution.json for every country whose government
/// the registry knows, instead of listing twelve aliases per country as sources.json did for eight. Golden cases:
/// envoy_to_the_un_speaks_for_the_country, a_foreign_envoy_to_the_un_speaks_for_the_government.
/// </summary>
internal static class UnEnvoys
{
    private static readonly IReadOnlyList<string> Titles = WordLists.Set("unEnvoyTitles").Words;
    private static readonly IReadOnlyList<string> Bodies = WordLists.Set("unEnvoyBodies").Words;
    private static readonly IReadOnlyList<string> BodiesBeforeTitle = WordLists.Set("unEnvoyBodiesBeforeTitle").Words;
    private static readonly IReadOnlyList<string> ForeignServices = WordLists.Set("foreignServiceNames").Words;
    private static readonly IReadOnlyList<string> Governments = WordLists.Set("governmentNames").Words;

    // Names a country goes by in "X's envoy" that are no nationality phrase of their own ("America").
    private static readonly Dictionary<string, string> ExtraCountryNames = WordLists.Pairs(WordLists.Set("unEnvoyCountryNames"));

    /// <summary>Every envoy phrase with the source it speaks for, for the registry's countries.</summary>
    public static IEnumerable<(string Phrase, SourceDefinition Source)> Phrases(IReadOnlyList<SourceDefinition> sources)
    {
        var voices = Voices(sources);
        foreach (var (name, country) in Nationality.Names().Concat(ExtraCountryNames.Select(p => (p.Key, p.Value))))
        {
            if (!voices.TryGetValue(country, out var voice))
            {
                continue;
            }
            foreach (var title in Titles)
            {
                foreach (var body in Bodies)
                {
                    yield return ($"{name} {title} to the {body}", voice);
                    yield return ($"{name}'s {title} to the {body}", voice);
                }
                foreach (var body in BodiesBeforeTitle)
                {
                    yield return ($"{name} {body} {title}", voice);
                    yield return ($"{name}'s {body} {title}", voice);
                }
            }
            foreach (var phrase in CouncilSeatPhrases(name))
            {
                yield return (phrase, voice);
            }
        }
    }

    /// <summary>
    /// "The Republic of Korea's Ambassador, …, told the Council", "The deputy representative of the United States said":
    /// a UN write-up names a Council member's diplomat by office alone, with no "to the UN" after it (the meeting says
    /// where), and that diplomat speaks for the country as an envoy to the UN does. Only a diplomat's office
    /// (attribution.json <c>councilSeatTitles</c>), so "US Representative …" (a lawmaker) is not read. Golden case:
    /// a_council_member_speaks_through_its_ambassador (Unseen61 un-news-security-council-dprk-captured-kursk; branch source96).
    /// </summary>
    private static IEnumerable<string> CouncilSeatPhrases(string name)
    {
        foreach (var title in SeatTitles)
        {
            yield return $"{name}'s {title}";
            yield return $"{name}’s {title}";
            yield return $"{title} of {name}";
            yield return $"{title} of the {name}";
        }
    }

    private static readonly IReadOnlyList<string> SeatTitles = WordLists.Set("councilSeatTitles").Words;

    // A country's diplomats speak for its foreign service, else for its government as a whole; a ministry of health
    // or an emergency service is no voice of the state abroad.
    private static Dictionary<string, SourceDefinition> Voices(IReadOnlyList<SourceDefinition> sources)
    {
        var voices = new Dictionary<string, SourceDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var names in new[] { ForeignServices, Governments })
        {
            foreach (var source in sources)
            {
                if (source is { Kind: SourceKind.Government, Country: { } country } && names.Any(n => source.FullName.Contains(n, StringComparison.OrdinalIgnoreCase)))
                {
                    voices.TryAdd(country, source);
                }
            }
        }
        return voices;
    }
}
