namespace ClaimTracker.Core.Claims;

/// <summary>
/// Not a claim: a population ("a city of 20,000 people", "home to 1.3 million people", "an area where some three
/// million people live") or a count that describes the source ("two people familiar with the matter said").
/// Golden cases: not_a_population, people_live_there_is_population, not_the_anonymous_sources.
/// </summary>
internal sealed class PopulationOrSourceCount : CountPhraseRule
{
    public static readonly PopulationOrSourceCount Rule = new();

    private static readonly WordSet PlaceNouns = WordLists.Set("placeNouns");
    private static readonly WordSet SourceDescriptions = WordLists.Set("sourceDescriptions");

    private PopulationOrSourceCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var population = IsPopulation(reader, phrase.QualifierFirst);
        if (population && HomeToTheDisplaced.Named(reader, phrase))
        {
            // "home to about 1.5 million Syrian refugees": the people the place shelters were driven there.
            phrase.NamedMetric = Metric.Displaced;
            return true;
        }
        return !((population && !HomeToTheDisplaced.Follows(reader, phrase.Noun)) || (phrase.Noun >= 0 && (IsSourceDescription(reader, phrase.Noun + 1) || LiveThere(reader, phrase.Noun + 1))));
    }

    private static bool IsPopulation(PeopleCountReader reader, int qualifierFirst)
    {
        var p = qualifierFirst - 1;
        if (p < 1 || !reader.Tokens[p].IsWord)
        {
            return false;
        }
        return (reader.Is(p, "of") && reader.IsIn(p - 1, PlaceNouns)) || (reader.Is(p, "to") && reader.Is(p - 1, "home"));
    }

    private static bool LiveThere(PeopleCountReader reader, int next) =>
        reader.Is(next, "live") || reader.Is(next, "lived") || reader.Is(next, "living") || reader.Is(next, "reside");

    private static bool IsSourceDescription(PeopleCountReader reader, int next) =>
        next < reader.Tokens.Count && reader.IsIn(next, SourceDescriptions)
        && (reader.Is(next, "familiar") || reader.Is(next, "knowledge") || reader.Is(next, "briefed") || reader.Is(next, "close")
            || (next + 1 < reader.Tokens.Count && (reader.Is(next + 1, "spoke") || reader.Is(next + 1, "asked") || reader.Is(next + 1, "declined") || reader.Is(next + 1, "requested") || reader.Is(next + 1, "condition"))));
}
