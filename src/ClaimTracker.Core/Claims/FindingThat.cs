namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A British newspaper found that more than 540 people had been tortured …", "an investigation by the group
/// concluded that …": a finding introduced by "that" is reported speech like "said that", with the finder as its
/// speaker. Without it the figure fell to the body carried from before (the UN office in Unseen38
/// sudanevents-doctors-network-jebel-aulia-prisoners). Only before "that": "bodies were found in the rubble" reports
/// nothing. Verbs as data (attribution.json <c>findingVerbs</c>). Golden case: a_nations_press_is_no_source.
/// </summary>
internal static class FindingThat
{
    public static readonly WordSet Verbs = WordLists.Set("findingVerbs");

    /// <summary>Whether token <paramref name="i"/> is a finding verb followed by "that".</summary>
    public static bool Is(string text, List<Token> tokens, int i) =>
        Verbs.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)) && i + 1 < tokens.Count && tokens[i + 1].IsWord
        && text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length).Equals("that", StringComparison.OrdinalIgnoreCase);
}
