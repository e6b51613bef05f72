namespace ClaimTracker.Core.Claims;

/// <summary>
/// "On the Israeli side, official figures show that 24 civilians and 21 soldiers were killed", "Official figures now
/// put the death toll at more than 44,800": figures called official and owned by no body named in the words speak for
/// an authority the piece leaves unnamed. Read as vague they fell back to the body carried from before, and in a piece
/// about a monitor that is the monitor (Unseen74 channel4-factcheck-acled-israel-hezbollah-five-to-one: ACLED for
/// Israel's own dead; Unseen64 commondreams-airwars-gaza-first-month-patterns-of-harm: the ministry of the sentence
/// before); a monitor compiles from official figures but does not issue them. Only as the speaker of a verb, with
/// nothing but plain modifiers before "official" and a count noun (speakers.json <c>officialFiguresModifiers</c>,
/// <c>officialFiguresNouns</c>); "Israeli figures" stay the country's (CountrysVoice), "official figures compiled by
/// the ministry" the ministry's, "according to official figures" as it was. Only the count nouns the walk back reads
/// as speaker words ("figures", "data"): "official statistics" stops the walk before it and is left as it was. Golden
/// case: official_figures_are_no_monitors.
/// </summary>
internal static class UnownedOfficialFigures
{
    private static readonly WordSet Modifiers = WordLists.Set("officialFiguresModifiers");
    private static readonly WordSet Nouns = WordLists.Set("officialFiguresNouns");

    /// <summary>Whether the speaker's words over tokens <paramref name="first"/>..<paramref name="last"/> are such figures.</summary>
    public static bool Is(string text, List<Token> tokens, int first, int last)
    {
        if (last - first < 1 || !Nouns.Contains(AttributionFinder.Word(text, tokens[last]))
            || !AttributionFinder.Word(text, tokens[last - 1]).Equals("official", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        for (var k = first; k < last - 1; k++)
        {
            if (!tokens[k].IsWord || !Modifiers.Contains(AttributionFinder.Word(text, tokens[k])))
            {
                return false;
            }
        }
        return true;
    }
}
