namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the Lebanese foreign minister told reporters that up to half a million people may have fled", "the Sudanese foreign
/// minister said": a country's minister of a portfolio the registry holds no ministry for is a member of that country's
/// government and speaks for it, as the golds credit him (Unseen74 channel4-factcheck-acled-israel-hezbollah-five-to-one
/// 500,000 "Lebanese government"; Unseen16/Unseen18 "Ukraine's interior minister said" the Ukrainian government). Read as
/// a generic speaker of his country he took the body of that country named nearest before, the health ministry whose
/// toll the paragraph gave: a minister is his government, not a ministry named earlier. Only the portfolios of
/// speakers.json <c>governmentPortfolios</c> (foreign, interior, sports, culture, justice …); "the health minister" stays the health
/// ministry's (<see cref="PortfolioMinister"/>), and a defence minister his country's defence body. Only the words of
/// the title after a country: a titled name ("Foreign Minister Gideon Sa'ar") is read by the rules for names.
/// Golden case: a_foreign_minister_speaks_for_his_government. Any portfolio speaks so, not only foreign and interior:
/// "the country's sports minister, NAME, said" (Unseen78 reuters-ukraine-sports-minister-262-athletes-killed, gold the
/// Ukrainian government beside the unregistered sports ministry), "the culture minister stressed" in Ukrainian reporting
/// on artists killed; the portfolios are also attributorWords so that the walk back from the verb reaches the country.
/// "the country's PORTFOLIO minister" (<see cref="CountrysMinister"/>) is the government of the country the sentence
/// named last, as "the country's spy agency" is that country's body (<see cref="CountrysBody"/>). Golden case:
/// a_portfolio_minister_speaks_for_his_government.
/// </summary>
internal static class GovernmentPortfolioMinister
{
    private static readonly WordSet Portfolios = WordLists.Set("governmentPortfolios");

    /// <summary>Whether the words are "the country's PORTFOLIO minister" (or "the nation's") and nothing more.</summary>
    public static bool IsCountrys(string words)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        return tokens.Count == 6 && CountrysBody.Opens(words, tokens, 0) && IsPortfolioMinister(words, tokens, 4);
    }

    /// <summary>Whether the words are "[the] NATION PORTFOLIO minister" and nothing more.</summary>
    public static bool Is(string words)
    {
        var tokens = new List<Token>();
        Token.Split(words, 0, words.Length, tokens);
        var k = PastNation(words, tokens, out var nationNamed);
        return nationNamed && k + 2 == tokens.Count && IsPortfolioMinister(words, tokens, k);
    }

    /// <summary>
    /// Past "the" and a nation with its possessive ("the Jordanian", "Lebanon's"): where a minister's or ministry's own
    /// words begin; <paramref name="nationNamed"/> says whether a nation stood there. Shared with <see cref="PortfoliosMinistry"/>.
    /// </summary>
    internal static int PastNation(string words, List<Token> tokens, out bool nationNamed)
    {
        var k = 0;
        if (k < tokens.Count && tokens[k].IsWord && AttributionFinder.Determiners.Contains(words.AsSpan(tokens[k].Start, tokens[k].Length)))
        {
            k++;
        }
        nationNamed = false;
        if (Nationality.At(words, tokens, k) is not { } nation)
        {
            return k;
        }
        nationNamed = true;
        k += nation.Tokens;
        // "Lebanon's foreign minister": the possessive after the country.
        while (k < tokens.Count && !tokens[k].IsWord && words[tokens[k].Start] is '\'' or '’')
        {
            k++;
        }
        if (k < tokens.Count && tokens[k].IsWord && words.AsSpan(tokens[k].Start, tokens[k].Length).Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }
        return k;
    }

    private static bool IsPortfolioMinister(string words, List<Token> tokens, int k) =>
        tokens[k].IsWord && tokens[k + 1].IsWord
        && Portfolios.Contains(words.AsSpan(tokens[k].Start, tokens[k].Length))
        && words.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length).Equals("minister", StringComparison.OrdinalIgnoreCase);
}
