namespace ClaimTracker.Core.Claims;

/// <summary>
/// A story with no dateline is set where its lede's region lies: "Russian forces launched a missile strike on
/// Kurakhove in Donetsk Oblast …" sets a governor's round-up in Ukraine, so its later "Across Donetsk Oblast, Russian
/// attacks killed four civilians" is a home region's toll and stays bare (<see cref="RegionCivilians"/>), as a datelined
/// story's would (Unseen53 kyivindependent-kurakhove-missile-strike-izium; the same row was wrong in an earlier blind
/// reading). Only the first three body sentences (a headline, perhaps not marked as one, and its lede) are read, and
/// only a region of populations.json <c>regions</c> followed by a region word; a region of another country than the
/// lede's still gives its civilians that country. Golden case: a_ledes_region_sets_the_home_country.
/// </summary>
internal static class LedeRegion
{
    private const int LedeSentences = 3;
    private static readonly WordSet RegionWords = WordLists.Set("regionWords");
    private static readonly Dictionary<string, string> Regions = WordLists.Pairs(WordLists.Set("regions"));

    /// <summary>A home country and the first sentence it holds for.</summary>
    internal readonly record struct Home(string? Country, int From)
    {
        /// <summary>The home country for <paramref name="draft"/>'s civilians, or null before the sentences it holds for.</summary>
        public string? For(ClaimDraft draft) => draft.Sentence >= From ? Country : null;
    }

    /// <summary>
    /// The home of the story: <paramref name="hub"/> (dateline) for every sentence, else the region the headline or lede
    /// names, for the sentences after it only: the lede's own "Russian shelling killed six civilians in the Sumy region"
    /// still counts that region's country's civilians, as with no story around it (RegionCiviliansTests).
    /// </summary>
    public static Home Of(string? hub, string text, List<Sentence> sentences, SentenceTokens sentenceTokens) =>
        hub is not null ? new Home(hub, 0) : Country(text, sentences, sentenceTokens) is { } lede ? new Home(lede.Country, lede.Sentence + 1) : new Home(null, 0);

    private static (string Country, int Sentence)? Country(string text, List<Sentence> sentences, SentenceTokens sentenceTokens)
    {
        // The headline is not always marked as one (a "Governor:" label), so the first three body sentences are read.
        var read = 0;
        for (var si = 0; si < sentences.Count && read < LedeSentences; si++)
        {
            if (sentences[si].IsHeading || sentences[si].IsFurniture)
            {
                continue;
            }
            read++;
            // "At least 2 civilians were killed … in Russian attacks across Ukraine" (RoundUpAcrossTheCountry): a round-up's
            // ground is its home as a region of it would be.
            if ((RegionOf(text, sentenceTokens.Of(si)) ?? RoundUpAcrossTheCountry.Ground(text, sentenceTokens.Of(si))) is { } country)
            {
                return (country, si);
            }
        }
        return null;
    }

    private static string? RegionOf(string text, List<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsWord && tokens[i + 1].IsWord && RegionWords.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length))
                && Regions.TryGetValue(text.Substring(tokens[i].Start, tokens[i].Length), out var country))
            {
                return country;
            }
        }
        return null;
    }
}
