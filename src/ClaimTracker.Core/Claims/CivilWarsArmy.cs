namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the paramilitary said it had taken the area and killed dozens of army fighters": the army a country's own armed
/// group fights is that country's (the RSF's foes are Sudan's army: Sudanese troops), though the count is another
/// side's losses and so no speaker's own (<see cref="OwnPopulation"/> gives foes' losses no people). Only for a count
/// named by an army word before its irregulars' noun (people.json <c>regularForceModifiers</c>: "army fighters"), a
/// speaker with a country, and a sentence that names no other people than as a place. Unseen43 euronews-white-nile.
/// Golden case: army_fighters_are_troops.
/// </summary>
internal static class CivilWarsArmy
{
    private static readonly WordSet RegularForceModifiers = WordLists.Set("regularForceModifiers");

    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft, List<(Nationality People, bool AsPlace)> named)
    {
        if (draft.NounWord is not { } word || !ClaimLexicon.IrregularNouns.Contains(word) || Nationality.OfCountry(draft.Source?.Country) is not { } country
            || !named.TrueForAll(n => n.AsPlace || n.People.Country == country.Country))
        {
            return null;
        }
        var noun = tokens.FindIndex(t => t.IsWord && t.Start >= draft.Number.End && text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase));
        return noun > 0 && tokens[noun - 1].IsWord && RegularForceModifiers.Contains(text.AsSpan(tokens[noun - 1].Start, tokens[noun - 1].Length)) ? country : null;
    }
}
