namespace ClaimTracker.Core.Claims;

/// <summary>
/// A speaker phrase whose head is the state's own voice speaks for the country's government: the country itself as
/// speaker ("Israel says", "Ukraine says it is holding"), its officials or authorities with no body named ("Ukrainian
/// officials said", "the Syrian authorities say", "a senior Lebanese official said") and its count, official or not
/// ("official Israeli figures", "according to Israeli figures", "Ukrainian data": wire copy writes these for the
/// state's published tolls). Not the body of that country the article named nearest (the army, the emergency service): a
/// domain word ("Ukrainian defence officials", "Israeli military figures") names a body, and is left to the country's
/// bodies. Words as data (speakers.json <c>stateVoiceHeads</c>, <c>stateVoiceRanks</c>, <c>nationsCountNouns</c>;
/// attribution.json <c>countNouns</c>). Golden cases: figures_of_a_nation,
/// country_as_speaker_is_its_government, officials_of_a_country_are_its_government, official_figures_of_a_nation,
/// an_unnamed_official_speaks_for_the_government; Unseen10 reuters-gaza-toll-60000, Unseen11 cbc-kyiv-overnight-attack,
/// un-news-lebanon-health-workers.
/// </summary>
internal static class CountrysVoice
{
    private static readonly WordSet Heads = WordLists.Set("stateVoiceHeads");
    private static readonly WordSet Ranks = WordLists.Set("stateVoiceRanks");
    private static readonly WordSet CountNouns = WordLists.Set("countNouns");
    private static readonly WordSet NationsCountNouns = WordLists.Set("nationsCountNouns");

    /// <summary>Whether the words are a country, or its officials, authorities or official count, and nothing more.</summary>
    public static bool Is(string words)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        var country = false;
        var endsOnHead = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
            {
                return false;
            }
            if (Nationality.At(words, tokens, i) is { } n)
            {
                // "Israel", "North Korea": the country itself may be the head.
                country = true;
                i += n.Tokens - 1;
                endsOnHead = i == tokens.Count - 1;
                continue;
            }
            var word = words.AsSpan(tokens[i].Start, tokens[i].Length);
            // "according to Israeli figures", "Ukrainian data": a nation's own count is its government's, as its
            // official count is (Golden case: figures_of_a_nation).
            if (i == tokens.Count - 1 && (Heads.Contains(word) || CountNouns.Contains(word) || NationsCountNouns.Contains(word)))
            {
                endsOnHead = true;
            }
            else if (!Ranks.Contains(word))
            {
                return false;
            }
        }
        return country && endsOnHead;
    }
}
