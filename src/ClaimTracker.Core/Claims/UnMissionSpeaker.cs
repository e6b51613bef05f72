using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Israeli army also accused UNIFIL of … The U.N. force, whose roughly 10,500 peacekeepers …, said": once a story
/// has named the UN's mission on the ground, "the U.N. force", "the UN mission" and "UN peacekeepers" are that
/// mission, not the UN at large (Unseen50 naharnet-biyad-sawmill-brothers-toll; older sets give a mission's size and
/// words to the mission). The words name the UN ("U.N."), so the registry reads the UN; when their head is a force's
/// (attribution.json <c>unMissionHeads</c>) and a mission the registry holds (<c>unMissions</c>) was named before
/// them, the mission speaks. With no mission named, the UN stays: the story has not said which force it is. Golden
/// case: the_un_force_is_the_mission_named_before.
/// </summary>
internal static class UnMissionSpeaker
{
    private const string UnitedNations = "UN";
    private static readonly WordSet Heads = WordLists.Set("unMissionHeads");
    private static readonly WordSet Missions = WordLists.Set("unMissions");

    /// <summary>The mission named before <paramref name="start"/> when <paramref name="source"/> is the UN and the words' head is a force's; else <paramref name="source"/>.</summary>
    public static SourceDefinition? Resolve(SourceDefinition? source, ReadOnlySpan<char> head, int start, IReadOnlyList<SourceMention> mentions)
    {
        if (source is not { Name: UnitedNations } || !Heads.Contains(head))
        {
            return source;
        }
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].Start < start && mentions[k].Source is { } named && Missions.Contains(named.Name))
            {
                return named;
            }
        }
        return source;
    }
}
