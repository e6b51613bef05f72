namespace ClaimTracker.Core.Claims;

/// <summary>
/// "BANGKOK - A Myanmar military airstrike … Resistance groups said nine junta soldiers died": a bureau city that
/// covers its neighbours (Bangkok for Myanmar, Nairobi or Cairo for Sudan, Amman for Gaza; populations.json
/// `correspondentHubs`) dates a story without setting it in its own country, so soldiers counted without a nation are
/// never the bureau's (they read Thai). Lending them the country the lede names instead was tried and dropped: a count
/// whose people word is borrowed ("dozens of bodies … because fighters would not let relatives bury them", Unseen28
/// ap-el-obeid-funeral-drone-bara) then read Sudanese troops. Golden case: a_bureau_dateline_sets_no_story_in_its_country.
/// </summary>
internal static class CorrespondentHub
{
    private static readonly WordSet Hubs = WordLists.Set("correspondentHubs");

    /// <summary>The country the story is set in, for <see cref="Claims.StoryCountry"/>: the dateline's, or none for a hub's.</summary>
    public static string? StoryCountry(string text, List<Sentence> sentences, string? datelineCountry, SentenceTokens sentenceTokens)
    {
        if (datelineCountry is null)
        {
            return null;
        }
        for (var si = 0; si < Math.Min(3, sentences.Count); si++)
        {
            var tokens = sentenceTokens.Of(si);
            if (!sentences[si].IsFurniture && tokens.Count > 0 && tokens[0].IsWord && Hubs.Contains(text.AsSpan(tokens[0].Start, tokens[0].Length)))
            {
                return null;
            }
        }
        return datelineCountry;
    }
}
