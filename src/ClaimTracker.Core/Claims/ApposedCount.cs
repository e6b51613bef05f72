using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count set in apposition to a people noun the sentence before counted: "2,980 families had reached Tawila from El
/// Fasher in the past week. The families, about 14,900 people, are in urgent need of food", "More than 1,200 households
/// fled the camp on Sunday. These households, some 6,000 people, are sheltering in schools". The count only restates
/// the people of the sentence before in another unit, and its own clause says what they need, not what happened to them;
/// it shares that count's fate. Only a sentence that opens with "The/These/Those" + the noun + a comma before the count
/// (a hedge allowed), only a count its own clause gave no fate (other, or guessed), and only a count of the same noun
/// one or two sentences back, not past a heading. Golden case: apposition_restates_the_count_before.
/// </summary>
internal static partial class ApposedCount
{
    public static void Carry(string text, List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (!(draft.MetricGuessed || draft.Metric is null or Metric.Other) || draft.Sentence >= sentences.Count)
            {
                continue;
            }
            var sentence = sentences[draft.Sentence];
            if (draft.Number.Start <= sentence.Start || Opening().Match(text, sentence.Start, draft.Number.Start - sentence.Start) is not { Success: true } match)
            {
                continue;
            }
            if (Restated(text, sentences, drafts, i, match.Groups[1].Value) is { } earlier)
            {
                draft.Metric = earlier.Metric;
                draft.MetricGuessed = false;
            }
        }
    }

    // The latest count of the same noun one or two sentences back, with a fate of its own.
    private static ClaimDraft? Restated(string text, List<Sentence> sentences, List<ClaimDraft> drafts, int i, string noun)
    {
        var si = drafts[i].Sentence;
        for (var j = i - 1; j >= 0; j--)
        {
            var back = drafts[j].Sentence;
            if (back == si)
            {
                continue;
            }
            if (si - back > 2 || ClaimExtractor.LookBackStops(text, sentences, si, back))
            {
                return null;
            }
            var earlier = drafts[j];
            if (earlier.Metric is { } m && m != Metric.Other && !earlier.MetricGuessed
                && (string.Equals(earlier.NounWord, noun, StringComparison.OrdinalIgnoreCase) || string.Equals(earlier.Noun, noun, StringComparison.OrdinalIgnoreCase)))
            {
                return earlier;
            }
        }
        return null;
    }

    // "The families, about " up to the count: the sentence's opening, the noun and a comma, a hedge at most.
    [GeneratedRegex(@"\G\W*(?:The|These|Those)\s+(\w+)\s*,\s*(?:(?:about|around|some|roughly|nearly|almost|approximately|an\s+estimated|more\s+than|over|at\s+least|up\s+to)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();
}
