namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Lebanese civil defence teams said on Thursday they had recovered 12 bodies", "Palestinian Red Crescent teams said
/// they had taken dozens of burn victims to field hospitals": a registered body's name followed at once by a plural
/// noun for its working parties (attribution.json <c>bodysTeamNouns</c>) is that body speaking through its teams, as
/// "Palestine Red Crescent paramedics said" already was. The walk back from the verb stopped at the lower-case noun,
/// found no registry name ending there and credited nobody, so the figure took the speaker carried from before (Unseen74
/// timesofisrael-reuters-hezbollah-up-to-4000-fighters: the Israeli government; Unseen12 ap-rafah-tent-camp-strike: the
/// Gaza Health Ministry). Only a registry name ending right before the noun: "its field teams", "search teams" keep
/// their readings (the body carried, nobody). Golden case: a_bodys_teams_speak_for_it.
/// </summary>
internal static class BodysTeams
{
    private static readonly WordSet TeamNouns = WordLists.Set("bodysTeamNouns");

    /// <summary>The index of the body's last word when token <paramref name="end"/> is its teams, else <paramref name="end"/>.</summary>
    public static int BodyEnd(string text, List<Token> tokens, int end) =>
        end >= 1 && tokens[end - 1].IsWord && TeamNouns.Contains(AttributionFinder.Word(text, tokens[end])) ? end - 1 : end;
}
