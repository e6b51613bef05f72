namespace ClaimTracker.Core.Claims;

/// <summary>
/// "more than 50,500 people have been killed in Gaza since the war began in October 2023, when Hamas-led militants
/// killed about 1,200 people in Israel" (Unseen49 nyt-shajaiye; AFP's "about 1,140 deaths in Israel", Xinhua's "1,200
/// killed in Israel" in the background of Gaza tolls): a count whose own words place it "in" another country
/// (populations.json <c>tollLocatives</c>, <c>tollCountries</c>, read as <see cref="CiviliansInACountry"/> reads them)
/// counts people there, not the Gaza story's population, though no attack verb names that country
/// (<see cref="AttackedCountrysVictims"/> needs one). The golds leave such people without a nation ("people in Israel"),
/// so the rule only keeps Gaza's people off them. Only a few words between the count and "in", none of them a mark, so
/// a later clause's place ("… killed in Gaza since the war began in Israel's …") is not the count's. Read by
/// <see cref="OwnPopulation"/>. Golden case: people_counted_in_another_country_are_not_gazas.
/// </summary>
internal static class PlacedInAnotherCountry
{
    // "1,200 people were killed in Israel": the noun, an auxiliary and a participle before "in".
    private const int Reach = 4;
    private const string Palestinian = "PS";
    private static readonly WordSet Locatives = WordLists.Set("tollLocatives");

    /// <summary>Whether <paramref name="draft"/>'s count is placed in a country not Gaza's; <paramref name="tokens"/> are its sentence's.</summary>
    public static bool Is(string text, List<Token> tokens, ClaimDraft draft) =>
        Country(text, tokens, draft.Number.End) is { } country && country.Country != Palestinian;

    /// <summary>
    /// The country the count ending at <paramref name="countEnd"/> is placed "in" by its own words (the noun, an
    /// auxiliary and a participle before the locative), or null; <paramref name="tokens"/> are its sentence's.
    /// </summary>
    public static Nationality? Country(string text, List<Token> tokens, int countEnd)
    {
        var first = tokens.FindIndex(t => t.Start >= countEnd);
        for (var i = first; i >= 0 && i + 1 < tokens.Count && i <= first + Reach && tokens[i].IsWord; i++)
        {
            if (Locatives.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                // "killed in the Hamas-led raid on southern Israel": the attack placed there (RaidOnAnotherCountry).
                return CiviliansInACountry.CountryAt(text, tokens, i + 1) ?? RaidOnAnotherCountry.Target(text, tokens, i + 1);
            }
        }
        return null;
    }
}
