namespace ClaimTracker.Core.Claims;

/// <summary>
/// "An Israeli airstrike on a house in the Nabatieh district killed nine people, the Health Ministry said", "SIDON - …,
/// the Public Health Ministry said": wire copy relayed without a dateline the registry can place (or with a town it does
/// not know) still sets itself in one country, by the places it names ("killed in Lebanon", "in south Lebanon",
/// "Israeli attacks on Lebanon"), and a ministry it names bare is that country's, as a dateline's would make it (Unseen40
/// guardianng-afp-nabatieh-strike, iranintl-afp-sidon-strike). Only the country the story names as a place (after a
/// locative, or as an attack's target) more often than every other country together, so a story moving between Gaza and
/// Israel names none, nor one "in Lebanon and Syria"; "Israeli strikes" names who acted and is not counted. Read after
/// the dateline, a document's title and the headline's place. Golden case: bare_ministry_of_the_country_the_story_is_set_in.
/// </summary>
internal static class StoryPlace
{
    /// <summary>The country the story names as its place, or null.</summary>
    public static string? Of(string text, List<Sentence> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        foreach (var sentence in sentences)
        {
            if (sentence.IsFurniture)
            {
                continue;
            }
            Token.Split(text, sentence.Start, sentence.End, tokens);
            var placeEnd = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Nationality.At(text, tokens, i) is not var (named, count))
                {
                    continue;
                }
                if (NamedAsPlace.At(text, tokens, i, count) || AttackersAdjective.IsTarget(text, tokens, i) || IsCoordinated(text, tokens, i, placeEnd))
                {
                    counts[named.Country] = counts.GetValueOrDefault(named.Country) + 1;
                    placeEnd = i + count;
                }
                i += count - 1;
            }
        }
        return Dominant(counts);
    }

    // "strikes in Lebanon and Syria": a country joined to a place is a place too, so such a story names two.
    private static bool IsCoordinated(string text, List<Token> tokens, int i, int placeEnd) =>
        i > 0 && placeEnd == i - 1 && tokens[i - 1].IsWord && Joins.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length));

    private static readonly WordSet Joins = new("and", "or");

    private static string? Dominant(Dictionary<string, int> counts)
    {
        if (counts.Count == 0)
        {
            return null;
        }
        var top = counts.MaxBy(c => c.Value);
        return top.Value > counts.Values.Sum() - top.Value ? top.Key : null;
    }
}
