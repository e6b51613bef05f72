using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In the town of Chasiv Yar, rescue workers made voice contact with two people in the wreckage. Video showed them
/// pulling survivors from the debris", "Rescuers could be seen … carrying away two bodies in white bags": a paragraph
/// that tells what a camera or the reporter saw (attribution.json <c>observationPhrases</c>) is the writer's account of
/// the scene, so the president or official who spoke in an earlier paragraph is not carried into any of its sentences,
/// the ones before the phrase included (Unseen49 ibtimes-chasiv-yar-apartment-toll; wire copy of rescues after a
/// leader's address). A frame of the paragraph's own still speaks from where it stands (<see cref="SpeakerScope.Open"/>).
/// Golden cases: an_observed_scene_is_the_writers_after_a_leaders_speech, a_speakers_own_paragraph_keeps_the_speaker_past_footage.
/// </summary>
internal static class ObservedScene
{
    private static readonly Regex Phrase = new(
        @"\b(?:" + WordAlternation.Of(WordLists.Set("observationPhrases")) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether the paragraph that sentence <paramref name="si"/> opens holds an observation phrase.</summary>
    public static bool Paragraph(string text, List<Sentence> sentences, int si)
    {
        var paragraph = sentences[si].Paragraph;
        for (var k = si; k < sentences.Count && sentences[k].Paragraph == paragraph; k++)
        {
            if (!sentences[k].IsHeading && WordAlternation.In(Phrase, text, sentences[k]))
            {
                return true;
            }
        }
        return false;
    }
}
