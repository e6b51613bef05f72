using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "two brothers, aged eight and 11, who relatives say were hit by an Israeli drone", "witnesses said", "residents told":
/// relatives, witnesses and residents are a speaker of their own, unnamed and unregistered (the gold gives them no
/// source), so a figure in their sentence does not inherit the ministry of the paragraph before (Unseen46
/// bbc-gaza-toll-passes-70000-firewood-brothers). attribution.json witnessSpeakerNouns right before
/// witnessSpeakerVerbs. Golden case: relatives_say_is_not_the_ministrys.
/// </summary>
internal static class WitnessSpeaker
{
    private static readonly Regex NounThenVerb = new(
        @"\b(?:" + WordAlternation.Of(WordLists.Set("witnessSpeakerNouns")) + @")\s+(?:" + WordAlternation.Of(WordLists.Set("witnessSpeakerVerbs")) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether <paramref name="sentence"/> credits what it states to relatives, witnesses or residents.</summary>
    public static bool In(string text, Sentence sentence) => WordAlternation.In(NounThenVerb, text, sentence);
}
