using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, according to the territory's Health Ministry. The agency, which is run by Hamas, said 96 others had been wounded":
/// AP and others call the Gaza health ministry "the agency" in the sentence after it spoke, often with a relative
/// clause between the anaphor and its verb. "Agency" names no ministry by <see cref="AnaphorFit"/>, so the anaphor fell
/// to the dateline's agency (Gaza Civil Defence under GAZA CITY) or to nobody. A bare "the agency" right after a
/// sentence whose last speaker is a ministry continues that ministry; any body the story names as an agency in the
/// sentences just before is found first (the resolver's Names rule). Word list: attribution.json ministryAgencyNouns.
/// Golden cases: the_agency_after_the_ministry_spoke, the_agency_named_before_the_ministry_stays_itself (negative).
/// </summary>
internal static class MinistryCalledAgency
{
    private static readonly WordSet Nouns = WordLists.Set("ministryAgencyNouns");

    /// <summary>The ministry that spoke last in the sentence before, for a bare "the agency"; else null.</summary>
    public static SourceDefinition? Find(string anaphor, List<Attributor>? previousSentence)
    {
        if (previousSentence is not { Count: > 0 } said || !anaphor.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            || !Nouns.Contains(anaphor.AsSpan(4).Trim()))
        {
            return null;
        }
        return said[^1].Source is { } speaker && AnaphorFit.Names("the ministry", speaker) ? speaker : null;
    }
}
