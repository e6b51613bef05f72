using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The attack came a day after Russian missiles and drones killed four people across Ukraine", "The strike comes two
/// days after …": the writer ties the day's news to an earlier event and tells that event in his own voice. In a later
/// paragraph than the speaker's it inherits no one, like a recap opening on "Last week," (<see cref="PastRecap"/>): the
/// air force named before for drone counts did not count the earlier event's dead (Unseen45
/// newsmax-ap-kyiv-drones-desnianskyi-three-killed). attribution.json earlierEventSubjects, earlierEventLinks; the
/// link's "after" within three words. Golden case: an_earlier_event_after_came_is_the_writers.
/// </summary>
internal static class EarlierEventLink
{
    private static readonly Regex Opening = new(
        @"^\s*(?:" + WordAlternation.Of(WordLists.Set("earlierEventSubjects")) + @")\b[^,.;:]{0,40}?\b(?:" + WordAlternation.Of(WordLists.Set("earlierEventLinks")) + @")\s+(?:[A-Za-z-]+\s+){0,3}?after\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether <paramref name="sentence"/> opens by tying its news to an earlier event.</summary>
    public static bool Opens(string text, Sentence sentence) => WordAlternation.In(Opening, text, sentence);
}
