namespace ClaimTracker.Core.Claims;

/// <summary>
/// "According to the Ministry of Health, 61 Palestinians were killed" in an OCHA update on Gaza: "the Ministry of Health"
/// with no country is "the health ministry" said the other way round, and points back the same way (to the ministry
/// named before, the dateline's or the document title's country), where read as a name it stays nobody's. Only "the
/// Ministry of" and a portfolio (attribution.json <c>ministryPortfolios</c>: health, public health, interior, defence),
/// and an update's note "(source: MoH)" (<c>healthMinistryAcronyms</c>); a note's "Ministry of Public Health" without
/// "the" stays a name, and "Lebanon's Ministry of Public Health" and the registry's own names are found as before (Unseen17
/// ocha-gaza-city-displacement-update). Golden cases: document_title_names_the_ministrys_place,
/// ministry_of_health_points_back_like_the_health_ministry.
/// </summary>
internal static class MinistryOfPortfolio
{
    private const int MaxPortfolioWords = 2;
    private static readonly WordSet Portfolios = WordLists.Set("ministryPortfolios");
    private static readonly WordSet HealthAcronyms = WordLists.Set("healthMinistryAcronyms");

    /// <summary>"the health ministry" for "the Ministry of Health" between tokens first and last, or null.</summary>
    public static string? Plain(string text, List<Token> tokens, int first, int last)
    {
        if (first == last && tokens[first].IsWord && HealthAcronyms.Contains(text.AsSpan(tokens[first].Start, tokens[first].End - tokens[first].Start)))
        {
            // "(source: MoH)" under a Gaza update: the acronym alone names no country, as "the health ministry" names none.
            return "the health ministry";
        }
        var ministry = first + 1;
        if (!Is(text, tokens[first], "the") || last - ministry < 2 || !Is(text, tokens[ministry], "ministry") || !Is(text, tokens[ministry + 1], "of") || last - (ministry + 2) >= MaxPortfolioWords)
        {
            return null;
        }
        var portfolio = text.AsSpan(tokens[ministry + 2].Start, tokens[last].End - tokens[ministry + 2].Start).ToString();
        return Portfolios.Contains(portfolio) ? $"the {Last(portfolio).ToLowerInvariant()} ministry" : null;
    }

    // "Public Health" is the health ministry's portfolio; the word that names it comes last.
    private static string Last(string portfolio) => portfolio[(portfolio.LastIndexOf(' ') + 1)..];

    private static bool Is(string text, Token token, string word) =>
        token.IsWord && text.AsSpan(token.Start, token.End - token.Start).Equals(word, StringComparison.OrdinalIgnoreCase);
}
