using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korea's spy agency told lawmakers … that around 1,900 had been killed, up from its April estimate of about
/// 620 dead" (Unseen47 dpa-kim-memorial-museum-kursk-fallen): the walk back from "estimate" took the month ("its April")
/// for a speaker, and the figures after it went to that nobody instead of the agency the sentence names, whose estimate
/// "its" is. Words naming only a time (a month, a weekday or a season: attribution.json circumstanceTimes), with at most
/// a determiner or possessive before them, are no speaker, so no attributor is made of them and the sentence's own
/// speaker keeps the figure. Golden case: its_month_estimate_is_the_speakers.
/// </summary>
internal static class CircumstanceSpeaker
{
    private static readonly WordSet Times = new([.. NumberContext.Months, .. WordLists.Set("circumstanceTimes").Words]);

    /// <summary>Whether the words of tokens <paramref name="first"/>..<paramref name="last"/> name only a time.</summary>
    /// <remarks>"its April", "their March": a determiner or possessive may open the time; at least one time word is needed.</remarks>
    public static bool Is(string text, List<Token> tokens, int first, int last)
    {
        var times = 0;
        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsWord)
            {
                continue;
            }
            var word = AttributionFinder.Word(text, tokens[k]);
            if (Times.Contains(word))
            {
                times++;
            }
            else if (!AttributionFinder.Determiners.Contains(word))
            {
                return false;
            }
        }
        return times > 0;
    }
}
