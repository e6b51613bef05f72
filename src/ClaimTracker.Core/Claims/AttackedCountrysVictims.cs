namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israel launched its offensive on the Gaza Strip after Hamas militants stormed southern Israel on Oct 7, killing about
/// 1,200 people and taking around 250 others as hostages": the people an attack on another country kills or takes are
/// that country's, not the population of the Gaza story that recalls it (wire background of Gaza tolls: Xinhua, AFP, AP).
/// The model: an attack verb (populations.json <c>attackVerbs</c>) whose object, past locatives and compass words
/// ("into southern", "on southern" after the noun "attack"), names a country other than the story's Palestinians, before the count in its sentence, with no
/// Gaza place between them. The gold leaves such victims without a nation ("people in Israel"), so the rule only keeps
/// Gaza's people off them. A verb of incursion (populations.json <c>incursionVerbs</c>: "Hamas crossed into Israel, killed
/// some 1,200 people and took 251 others hostage", EFE's anniversary overview, Unseen68) names the attacked country as
/// an attack verb does. Read by <see cref="OwnPopulation"/>. Golden cases: the_attacked_countrys_victims,
/// an_incursion_into_another_country_kills_its_people.
/// </summary>
internal static class AttackedCountrysVictims
{
    private const int ObjectWords = 3;
    private const string Palestinian = "PS";
    private static readonly WordSet AttackVerbs = WordLists.Set("attackVerbs");
    private static readonly WordSet IncursionVerbs = WordLists.Set("incursionVerbs");
    private static readonly WordSet Locatives = WordLists.Set("locatives");
    private static readonly WordSet TargetPrepositions = WordLists.Set("targetPrepositions");
    private static readonly WordSet PalestinianPlaces = WordLists.Set("palestinianPlaces");

    /// <summary>Whether <paramref name="draft"/> counts the victims of an attack on another country; <paramref name="tokens"/> are its sentence's.</summary>
    public static bool Are(string text, List<Token> tokens, ClaimDraft draft) => Find(text, tokens, draft).Country is not null;

    /// <summary>
    /// The country (code) whose attack victims <paramref name="draft"/> counts, when not Gaza's, and where its attack verb
    /// starts in the text; (null, -1) when the count is no such victims.
    /// </summary>
    public static (string? Country, int VerbStart) Find(string text, List<Token> tokens, ClaimDraft draft)
    {
        var count = tokens.FindIndex(t => t.Start >= draft.Number.Start);
        for (var verb = count - 1; verb >= 0; verb--)
        {
            if (!tokens[verb].IsWord)
            {
                continue;
            }
            var word = text.AsSpan(tokens[verb].Start, tokens[verb].Length);
            if (PalestinianPlaces.Contains(word))
            {
                return (null, -1);
            }
            if (char.IsLower(word[0]) && (AttackVerbs.Contains(word) || IncursionVerbs.Contains(word)) && AttackedCountry(text, tokens, verb + 1, count) is { } attacked)
            {
                return (attacked, tokens[verb].Start);
            }
        }
        return (null, -1);
    }

    // The attack's object: a country named within a few words after the verb, locatives and compass words skipped; null
    // when none, or when it is the Palestinians'.
    private static string? AttackedCountry(string text, List<Token> tokens, int first, int count)
    {
        for (var i = first; i < count && i < first + ObjectWords; i++)
        {
            if (Nationality.At(text, tokens, i) is { } named)
            {
                return named.Nationality.Country != Palestinian ? named.Nationality.Country : null;
            }
            if (!tokens[i].IsWord || !(Locatives.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)) || TargetPrepositions.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length))))
            {
                return null;
            }
        }
        return null;
    }
}
