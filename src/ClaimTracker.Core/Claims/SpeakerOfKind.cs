using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Gaza Health Ministry said 48 children were among the dead. … Israeli Defense Minister Israel Katz blamed Hamas
/// … The ministry says more than 68,500 Palestinians have been killed": a bare "the ministry" (or "the service", "the
/// office": speakers.json <c>speakerOfKindHeads</c>) takes up the body of its kind whose figures the article has been
/// giving, not a nearer body of that kind from another country that was only named or spoke without a figure. A nearer
/// body that gave figures of its own, or one of the same country ("Ukraine's Defence Ministry said … the ministry added"
/// after the government's toll: Unseen13 france24-poltava-institute-strike), stays the speaker. "The agency" is left
/// out: a news agency relays the figures it reports (Unseen6 afp-kim-engineers-return 101, KCNA). Golden case:
/// the_ministry_is_the_one_whose_figures_the_story_gives (Unseen28 upi 68,500).
/// </summary>
internal sealed class SpeakerOfKind
{
    private static readonly WordSet Heads = WordLists.Set("speakerOfKindHeads");
    private static readonly WordSet Bare = new("the");
    private readonly List<SourceDefinition> owners = [];

    /// <summary>Remembers the sources the drafts <paramref name="first"/>..<paramref name="end"/> were credited to by their own sentence.</summary>
    public void Learn(List<ClaimDraft> drafts, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (drafts[k].Attribution == Attribution.Extracted && drafts[k].Source is { } source)
            {
                owners.Remove(source);
                owners.Add(source);
            }
        }
    }

    /// <summary>The body of the anaphor's kind whose figures the article gave last, when <paramref name="nearest"/> gave none and is another country's; else <paramref name="nearest"/>.</summary>
    public SourceDefinition? Prefer(string anaphor, SourceDefinition? nearest)
    {
        if (nearest?.Country is null || owners.Contains(nearest) || !IsBareKind(anaphor))
        {
            return nearest;
        }
        for (var k = owners.Count - 1; k >= 0; k--)
        {
            if (AnaphorFit.Names(anaphor, owners[k]))
            {
                return owners[k].Country is { } country && country != nearest.Country ? owners[k] : nearest;
            }
        }
        return nearest;
    }

    // "the ministry", not "the Israeli ministry" nor "the interior ministry": a modifier says which body it is.
    private static bool IsBareKind(string anaphor)
    {
        var words = anaphor.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && Bare.Contains(words[0]) && Heads.Contains(words[1]);
    }
}
