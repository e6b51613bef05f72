using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Islamic Health Committee, a civil defence body affiliated with Hezbollah, said seven of its paramedics were
/// killed": a registry name after a word of control and its preposition ("affiliated with", "backed by", "allied to":
/// attribution.json <c>controlParticiples</c>, <c>controlLinks</c>) says who stands behind the speaker, as "Hamas-run"
/// does before a noun (<see cref="HyphenatedModifier"/>); it names no speaker, so it is no mention for an attributor
/// to take up. Golden case: a_body_affiliated_with_a_group_speaks_for_itself; Unseen36 lbci-who-health-workers-killed-24-hours.
/// </summary>
internal static class AffiliatedBody
{
    private static readonly WordSet Control = WordLists.Set("controlParticiples");
    private static readonly WordSet Links = WordLists.Set("controlLinks");

    /// <summary>The mentions without those right after a word of control and its preposition.</summary>
    public static IReadOnlyList<SourceMention> Without(string text, IReadOnlyList<SourceMention> mentions) =>
        SourceMentions.Without(mentions, m => After(text, m.Start));

    private static bool After(string text, int start)
    {
        var (linkBegin, linkEnd) = LongerBodysName.WordBefore(text, start);
        if (linkEnd == linkBegin || !Links.Contains(text.AsSpan(linkBegin, linkEnd - linkBegin)))
        {
            return false;
        }
        var (begin, end) = LongerBodysName.WordBefore(text, linkBegin);
        return end > begin && Control.Contains(text.AsSpan(begin, end - begin));
    }
}
