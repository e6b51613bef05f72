using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A word list as one regex alternation, and a pattern tried on one sentence's text: the sentence-level stops of a
/// carried speaker (<see cref="InterviewedSpeaker"/>, <see cref="WitnessSpeaker"/>, <see cref="DealNarration"/>,
/// <see cref="EarlierEventLink"/>) read their words as data this way, built once.
/// </summary>
internal static class WordAlternation
{
    /// <summary>"told|tell|tells" for a list of those words, each escaped.</summary>
    public static string Of(WordSet list) => string.Join('|', list.Words.Select(Regex.Escape));

    /// <summary>Whether <paramref name="pattern"/> matches in <paramref name="sentence"/>.</summary>
    public static bool In(Regex pattern, string text, Sentence sentence) =>
        pattern.IsMatch(text.AsSpan(sentence.Start, sentence.End - sentence.Start));
}
