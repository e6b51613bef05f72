namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, the health minister said Tuesday" in a story datelined Beirut: a minister of a portfolio speaks for that
/// ministry, as "Health Minister NAME" does (<see cref="TitledSpeaker"/>), so the anaphor is resolved as "the health
/// ministry" would be. Read as "the minister" it took the government carried from the headline ("Lebanon says …"),
/// and "the ministry has recorded 558 deaths" after it followed (Unseen10 afp-lebanon-strikes-toll). The portfolio is
/// one of attribution.json <c>bodyWords</c> (health, defence, interior, foreign …); "the prime minister" stays the
/// government's. Golden case: the_health_minister_is_the_ministry.
/// </summary>
internal static class PortfolioMinister
{
    private static readonly WordSet Portfolios = WordLists.Set("bodyWords");

    /// <summary>
    /// "the health ministry" for a headline's bare "health minister" ("…, health minister says": headline language drops
    /// the article, as <see cref="BareMinistry"/> reads "health ministry"; Unseen44 thenational-abiad), or null. A
    /// title-case headline drops it the same way ("…, Health Minister Says", "Interior Minister Says": wire headlines
    /// capitalise every word, branch source67); <see cref="Ministry"/> still asks for exactly "PORTFOLIO minister", so a
    /// titled name ("Health Minister Firass Abiad") or "Prime Minister" is not read. Golden cases:
    /// a_headlines_bare_health_minister, a_title_case_headlines_bare_minister.
    /// </summary>
    public static string? Bare(string words)
    {
        var trimmed = words.Trim();
        return trimmed.Contains(' ') && !trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? Ministry("the " + trimmed) : null;
    }

    /// <summary>"the health ministry" for "the health minister", or null when the words are no portfolio's minister.</summary>
    public static string? Ministry(string words)
    {
        var span = words.AsSpan().Trim();
        // "the minister" alone both starts with "the " and ends with " minister": the two overlap and name no portfolio.
        if (span.Length <= "the  minister".Length || !span.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            || !span.EndsWith(" minister", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var portfolio = span[4..^" minister".Length].Trim();
        return portfolio.IsEmpty || portfolio.Contains(' ') || !Portfolios.Contains(portfolio)
            ? null
            : "the " + portfolio.ToString().ToLowerInvariant() + " ministry";
    }
}
