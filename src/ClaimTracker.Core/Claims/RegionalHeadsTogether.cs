using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Three people were injured in the Mykolaiv region, and an attack … in the Poltava region wounded four workers, the
/// local governors said": a round-up of several regions closed by their heads together. The plural is no frame the
/// attribution finder reads and no one body, so the figures inherited the Odesa governor of the paragraph before
/// (Unseen61 interfax-schmale-massive-strike) and Poltava's four went to Odesa's administration. Heads of several
/// places (speakers.json <c>severalRegionsHeads</c>: governors, mayors) right before a reporting verb (<c>severalRegionsHeadsVerbs</c>) are a speaker of the sentence's own, as witnesses are (<see cref="WitnessSpeaker"/>):
/// its figures inherit nobody; each region's own administration is named, if at all, where its figure is. One
/// governor ("the governor said") still continues the governor named before.
/// Golden cases: regional_heads_together_are_no_one_governor, regional_heads_together_near_miss.
/// </summary>
internal static class RegionalHeadsTogether
{
    private static readonly Regex HeadsThenVerb = new(
        @"\b(?:" + WordAlternation.Of(WordLists.Set("severalRegionsHeads")) + @")\s+(?:" + WordAlternation.Of(WordLists.Set("severalRegionsHeadsVerbs")) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether <paramref name="sentence"/> credits what it states to the heads of several places together.</summary>
    public static bool In(string text, Sentence sentence) => WordAlternation.In(HeadsThenVerb, text, sentence);
}
