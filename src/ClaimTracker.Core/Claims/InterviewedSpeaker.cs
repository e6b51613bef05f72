using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A commander of a Ukrainian drone unit on the Sumy front told The Telegraph that his team had hit at least 12 North
/// Koreans", "a platoon commander told the BBC": someone speaking to an outlet or to reporters is the figure's speaker
/// even when the description before "told" is too long or too plain for a name to be read from it. The sentence has a
/// speaker of its own, unnamed, so the speaker of the paragraph before (Shoigu, in Unseen46
/// telegraph-north-korean-sappers-kursk-minefields) is not carried into it: the figure has no source
/// (attribution.json tellVerbs; pressAudienceNouns; the outlet a capitalised name, with or without "the").
/// Golden case: a_speaker_who_told_an_outlet_is_not_carried_over.
/// </summary>
internal static class InterviewedSpeaker
{
    private static readonly Regex TellsTheOutlet = new(
        @"\b(?:" + WordAlternation.Of(WordLists.Set("tellVerbs")) + @")\s+(?:(?:the|The)\s+)?(?:[A-Z][\w'’-]*\b|(?:" + WordAlternation.Of(WordLists.Set("pressAudienceNouns")) + @")\b)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether <paramref name="sentence"/> has someone tell an outlet or reporters what it states.</summary>
    public static bool In(string text, Sentence sentence) => WordAlternation.In(TellsTheOutlet, text, sentence);
}
