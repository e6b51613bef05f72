namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the Justice Ministry says about 3,000 prisoners had signed up" in a story filed from Ukraine, "the Ministry of
/// Social Affairs said … 188,000" in Lebanon's news agency, "More than 220 Chinese citizens have been evacuated …, the
/// foreign ministry said": a ministry named by a portfolio the registry holds no body for is a department of its
/// country's government, and the golds credit that government (Unseen78 washingtonpost-ukraine-labor-shortage
/// "Ukrainian Justice Ministry" beside the Ukrainian government; Unseen72 nna-emergency-center-two-day-toll-by-town
/// the Lebanese government; Unseen38 malaymail-reuters-countries-evacuate-citizens-lebanon the Chinese government;
/// the conventions of Unseen61/66 read "Sudan's Ministry of Foreign Affairs" and Ukraine's Ministry of Internal
/// Affairs so). Before, the words named no registered body and the claim went uncredited. The same shape as a
/// portfolio's minister (<see cref="GovernmentPortfolioMinister"/>) and from the same list of portfolios (speakers.json
/// <c>governmentPortfolios</c>); a ministry the registry holds (a health or defence ministry, Sudan's foreign ministry)
/// is found by its name first and never reaches this reading. A ministry named by its portfolio alone takes the
/// country of the story's own place (dateline, headline), not one its sentence names: "More than 2,500 Ukrainian
/// servicemen remain in Russian captivity, according to the Interior Ministry" is Kyiv's (Unseen15
/// ukrinform-october-prisoner-swap). "The foreign ministry" is left out of that reading: it counts its nationals
/// abroad, so a Beirut story's "220 Chinese citizens were evacuated, the foreign ministry said" is Beijing's, and
/// Lebanon's government would be wrong. Golden cases: a_portfolio_ministry_is_its_government,
/// a_portfolio_ministry_of_the_dateline, a_foreign_ministry_is_not_the_places_government.
/// </summary>
internal static class PortfoliosMinistry
{
    private static readonly WordSet Portfolios = WordLists.Set("governmentPortfolios");
    // "the foreign ministry": its figures are of its nationals abroad, so the story's place is not its country (speakers.json).
    private static readonly WordSet Abroad = WordLists.Set("portfoliosAbroad");
    private static readonly WordSet Ministries = WordLists.Set("ministryWords");
    // "the Ministry of Foreign Affairs", "the Ministry for Reintegration of …": the words that join the portfolio on.
    private static readonly WordSet Joins = new("of", "for", "the");
    private const int MaxTail = 4;

    /// <summary>
    /// Whether the words are such a ministry whose country the story's place may give: not "the foreign ministry", which
    /// counts its nationals abroad (a Beirut story's "220 Chinese citizens were evacuated, the foreign ministry said"
    /// is Beijing's, not Lebanon's).
    /// </summary>
    public static bool IsPlaced(string words) => Is(words) && !words.Split(' ').Any(w => Abroad.Contains(w));

    /// <summary>
    /// "The Ministry of Social Affairs said": the words, to be placed as "the ministry" would be, when they name such a
    /// ministry of no country; else null (a country's own, "the Kenyan interior ministry", is read with its country).
    /// </summary>
    public static string? Unplaced(string words, string? country) => country is null && IsPlaced(words) ? words : null;

    /// <summary>Whether the words are "[the] [NATION] PORTFOLIO ministry" or "[the] [NATION] Ministry of PORTFOLIO …" and nothing more.</summary>
    public static bool Is(string words)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        var k = GovernmentPortfolioMinister.PastNation(words, tokens, out _);
        if (k >= tokens.Count)
        {
            return false;
        }
        var last = tokens.Count - 1;
        if (IsMinistry(words, tokens[last]))
        {
            // "the Justice Ministry", "the social policy ministry": one or two portfolio words before the ministry.
            return last - k is 1 or 2 && IsPortfolio(words, tokens[k]);
        }
        if (!IsMinistry(words, tokens[k]))
        {
            return false;
        }
        k++;
        while (k < tokens.Count && IsWord(words, tokens[k], Joins))
        {
            k++;
        }
        // "Ministry of Social Policy", "Ministry of Internal Affairs": the portfolio first, a few words after.
        return k < tokens.Count && IsPortfolio(words, tokens[k]) && last - k < MaxTail;
    }

    private static bool IsMinistry(string words, Token token) => IsWord(words, token, Ministries);

    private static bool IsPortfolio(string words, Token token) => IsWord(words, token, Portfolios);

    private static bool IsWord(string words, Token token, WordSet set) => token.IsWord && set.Contains(words.AsSpan(token.Start, token.Length));
}
