namespace ClaimTracker.Core.Claims;

/// <summary>
/// "told reporters after a closed-door briefing", "spoke to journalists in Kyiv": the press a speaker addresses
/// (attribution.json pressAudienceNouns after pressAudienceLeads) is the audience of a statement, not people the article
/// counts, so a bare figure after it ("had put the number of wounded at 15-hundred-60") does not take "reporters" for
/// its people. Needed once "reporters" became a people noun ("Six other reporters were hurt", Unseen44
/// hindu-ap-nasser; golden case bare_figure_after_told_reporters).
/// </summary>
internal static class PressAudience
{
    private static readonly WordSet Nouns = WordLists.Set("pressAudienceNouns");
    private static readonly WordSet Leads = WordLists.Set("pressAudienceLeads");

    public static bool At(string text, List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].IsWord && Nouns.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length))
        && Leads.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length));
}
