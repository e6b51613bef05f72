using System.Buffers;
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

    // Every phrase ends in one of these words ("seen", "showed", "footage"), so a sentence that holds none of them in
    // any case cannot match; since "aired footage" and "TV showed" joined the list the regex's start set takes most
    // words of a sentence, and this one vectorised search spares it nearly every sentence (branch `speed30`). A
    // sentence with a letter outside ASCII is left to the regex, whose case folding is not Ordinal's.
    private static readonly SearchValues<string> LastWords = SearchValues.Create(
        [.. WordLists.Set("observationPhrases").Words.Select(p => p[(p.LastIndexOf(' ') + 1)..]).Distinct(StringComparer.OrdinalIgnoreCase)],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the paragraph that sentence <paramref name="si"/> opens holds an observation phrase.</summary>
    public static bool Paragraph(string text, List<Sentence> sentences, int si)
    {
        var paragraph = sentences[si].Paragraph;
        for (var k = si; k < sentences.Count && sentences[k].Paragraph == paragraph; k++)
        {
            if (!sentences[k].IsHeading && Holds(text.AsSpan(sentences[k].Start, sentences[k].End - sentences[k].Start)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the span holds one of the phrases: the regex, asked only when the span may hold a phrase's last word.</summary>
    internal static bool Holds(ReadOnlySpan<char> span) => (span.IndexOfAny(LastWords) >= 0 || CasedOutsideAscii(span)) && Phrase.IsMatch(span);

    // Whether the span holds a letter or cased character outside ASCII (the Kelvin sign, 'ſ', 'ı' fold onto ASCII letters
    // in one case table or another); curly quotes and dashes, in most news sentences, are neither, so they do not send
    // the sentence to the regex.
    private static bool CasedOutsideAscii(ReadOnlySpan<char> span)
    {
        for (var i = span.IndexOfAnyExceptInRange('\0', '\u007F'); i >= 0;)
        {
            if (OutsideAsciiCase.IsCased(span[i]))
            {
                return true;
            }
            var next = span[(i + 1)..].IndexOfAnyExceptInRange('\0', '\u007F');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>The regex alone, for the exactness tests.</summary>
    internal static bool MatchesPattern(ReadOnlySpan<char> span) => Phrase.IsMatch(span);
}
