using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, up from its April estimate of about 620 dead" (Unseen47 dpa-kim-memorial-museum-kursk-fallen), "N. Korean toll
/// in Russia put at 2,000, spy agency tells lawmakers": the walk back from a reporting word took a month ("April") or a
/// place after a preposition ("in Russia") for the speaker, and the figure went to that nobody instead of the speaker
/// the sentence names (the agency that "told lawmakers", whose estimate "its" is). Words naming only when (a month or a
/// weekday, attribution.json circumstanceTimes) or only where (a preposition, attribution.json circumstancePrepositions,
/// then a country) are no speaker, so no attributor is made of them. Golden cases: its_month_estimate_is_the_speakers,
/// a_place_after_a_preposition_is_no_speaker.
/// </summary>
internal static class CircumstanceSpeaker
{
    private static readonly WordSet Times = new([.. NumberContext.Months, .. WordLists.Set("circumstanceTimes").Words]);
    private static readonly WordSet Prepositions = WordLists.Set("circumstancePrepositions");

    /// <summary>Whether the words of tokens <paramref name="first"/>..<paramref name="last"/> name only a time or a place.</summary>
    public static bool Is(string text, List<Token> tokens, int first, int last) =>
        OnlyTimes(text, tokens, first, last) || PlaceAfterPreposition(text, tokens, first, last);

    // "its April", "their March": a determiner or possessive may open the time; at least one time word is needed.
    private static bool OnlyTimes(string text, List<Token> tokens, int first, int last)
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

    private static bool PlaceAfterPreposition(string text, List<Token> tokens, int first, int last)
    {
        if (first >= last || !Prepositions.Contains(AttributionFinder.Word(text, tokens[first])))
        {
            return false;
        }
        var place = Nationality.At(text, tokens, first + 1);
        return place is { } p && first + p.Tokens == last;
    }
}
