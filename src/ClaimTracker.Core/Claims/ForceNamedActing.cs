using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The El Fasher Resistance Committee said the RSF had hit the site … “…,” it said", "… after the Rapid Support Forces
/// (RSF) seized El Fasher, he said. … It added that 1,700 children …", "In Omdurman, RSF strikes on 9 September wounded two
/// people at the MSF-supported hospital, the group said": an armed force the story names only as the one that struck,
/// seized or attacked is what the speaker talks about, not the speaker. When "it", "he", "she" or "the group" is read as
/// such a force — a military body that has not spoken in the story so far, whose last mention before the anaphor is
/// followed by an attack or a deed ("the RSF had hit", "RSF strikes", "(RSF) seized", "RSF fighters had surrounded") or
/// follows "by" — the anaphor takes the speaker carried instead, if the words fit it, else nobody (an unregistered
/// committee, villager or statement). "Two Hezbollah fighters were killed …, the group said" keeps the group: its fighters
/// are the dead, not the attackers. Before, the force took the figures (Unseen32 aljazeera-dar-al-arqam-el-fasher-shelter,
/// Unseen85 sudantribune-tawila-coordination-body-catastrophic, Unseen70 tengele-msf-99-wounded-darfur, Unseen14
/// radio-dabanga-wad-el-noura). attribution.json forceActingWords, forceActingNouns, forceActingAuxiliaries. Golden case:
/// the_force_that_struck_is_not_it; tests: ForceNamedActingTests.
/// </summary>
internal static class ForceNamedActing
{
    // "RSF fighters had also hit": a force noun, then up to two auxiliaries, then the deed.
    private const int Reach = 4;
    private static readonly WordSet Deeds = WordLists.Set("forceActingWords");
    private static readonly WordSet ForceNouns = WordLists.Set("forceActingNouns");
    private static readonly WordSet Auxiliaries = WordLists.Set("forceActingAuxiliaries");
    private static readonly WordSet Takers = new("it", "he", "she", "the group");

    /// <summary>Whether <paramref name="anaphor"/>'s words can be a force's stand-in this rule reads.</summary>
    public static bool Reads(string anaphor) => Takers.Contains(anaphor.ToLowerInvariant());

    /// <summary>
    /// Whether <paramref name="body"/>, found for an anaphor at <paramref name="before"/>, is a force the story has named only acting:
    /// it has not spoken (<paramref name="spoke"/>) and its last mention before the anaphor is a deed's doer.
    /// </summary>
    public static bool Holds(string text, SourceDefinition body, int before, IReadOnlyList<SourceMention> mentions, Func<SourceDefinition, bool> spoke)
    {
        if (body.Kind is not SourceKind.Military || spoke(body))
        {
            return false;
        }
        SourceMention? last = null;
        foreach (var m in mentions)
        {
            if (m.End > before)
            {
                break;
            }
            if (m.Source == body)
            {
                if (SameBodyAnaphor.SpeechFollows(text, m.End))
                {
                    return false;
                }
                last = m;
            }
        }
        return last is not null && (DeedFollows(text, last.End) || ByBefore(text, last.Start));
    }

    private static bool DeedFollows(string text, int end)
    {
        var words = 0;
        foreach (var raw in new SpacedWords(text.AsSpan(end, Math.Min(60, text.Length - end))))
        {
            var word = raw.Trim("()\"“”.,;:");
            if (word.Length == 0 || (words == 0 && raw.StartsWith("(")))
            {
                // "Rapid Support Forces (RSF) seized": the initials in brackets are the name again.
                continue;
            }
            if (Deeds.Contains(word))
            {
                return true;
            }
            if (++words >= Reach || !(ForceNouns.Contains(word) || Auxiliaries.Contains(word)) || raw.IndexOfAny(".,;:") >= 0)
            {
                return false;
            }
        }
        return false;
    }

    // "abducted by the RSF", "by RSF fighters": the force is the deed's agent.
    private static bool ByBefore(string text, int start)
    {
        var (begin, end) = LongerBodysName.WordBefore(text, start);
        var word = text.AsSpan(begin, end - begin);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            (begin, end) = LongerBodysName.WordBefore(text, begin);
            word = text.AsSpan(begin, end - begin);
        }
        return word.Equals("by", StringComparison.OrdinalIgnoreCase);
    }
}
