using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israeli strike kills two in south Lebanon, U.N. force says"; "The U.N. force, whose roughly 10,000 peacekeepers
/// patrol the border area, said …" in a story from Lebanon's south that never names UNIFIL: wire copy often gives the
/// force only by its description, or names it after the figure. <see cref="UnMissionSpeaker"/> takes "the U.N. force"
/// to the mission only once the story has named it; the UN at large stayed. The UN has one force in south Lebanon, so
/// a story that names its place (attribution.json <c>unMissionPlaces</c>, "place:mission" pairs: "south Lebanon",
/// "Naqoura", "Blue Line" → UNIFIL) and no mission reads a UN mention followed by a force's head
/// (<c>unMissionHeads</c>) as that mission. A story from elsewhere, or one that names a mission, is left to the
/// mission rule. Golden cases: the_un_force_in_south_lebanon_is_unifil; control the_un_force_elsewhere_stays_the_un.
/// </summary>
internal static class UnMissionByPlace
{
    private static readonly Dictionary<string, string> Places = WordLists.Pairs(WordLists.Set("unMissionPlaces"));
    private static readonly WordSet Heads = WordLists.Set("unMissionHeads");
    private static readonly WordSet Missions = WordLists.Set("unMissions");

    /// <summary>The mentions with each UN force's description credited to the mission of the story's place.</summary>
    public static IReadOnlyList<SourceMention> With(string text, SourceRegistry registry, IReadOnlyList<SourceMention> mentions)
    {
        if (!mentions.Any(m => m.Source?.Name == "UN") || mentions.Any(m => m.Source is { } s && Missions.Contains(s.Name))
            || MissionOfPlace(text) is not { } name || registry.Find(name) is not { } mission)
        {
            return mentions;
        }
        List<SourceMention>? resolved = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Source?.Name == "UN" && Heads.Contains(NextWord(text, mentions[k].End)))
            {
                resolved ??= [.. mentions];
                resolved[k] = mentions[k] with { Source = mission };
            }
        }
        return resolved ?? mentions;
    }

    private static string? MissionOfPlace(string text)
    {
        foreach (var (place, mission) in Places)
        {
            var at = text.IndexOf(place, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(text[at - 1])) && (at + place.Length == text.Length || !char.IsLetter(text[at + place.Length])))
            {
                return mission;
            }
        }
        return null;
    }

    private static ReadOnlySpan<char> NextWord(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(' ');
        var stop = rest.IndexOfAny(' ', ',', '.');
        return stop < 0 ? rest : rest[..stop];
    }
}
