using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Lebanon's health ministry gives a higher overall toll. In figures released on Monday, it said 335 people had been
/// killed": when the sentence right before names no speaker, "it" takes up the body that sentence opens with (its
/// subject), not the speaker carried from further back. Golden case: it_takes_the_body_the_sentence_before_opens_with.
/// </summary>
internal static class SubjectOfTheSentenceBefore
{
    /// <summary>The registry body (not a person) that opens sentence <paramref name="si"/> - 1 in the same paragraph, or null.</summary>
    public static SourceDefinition? Find(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, int si)
    {
        if (si == 0 || sentences[si - 1].Paragraph != sentences[si].Paragraph)
        {
            return null;
        }
        return Opening(text, sentences[si - 1], mentions)?.Source;
    }

    /// <summary>The registry body (not a person) sentence <paramref name="sentence"/> opens with, as its mention, or null.</summary>
    public static SourceMention? Opening(string text, Sentence sentence, IReadOnlyList<SourceMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start < sentence.Start)
            {
                continue;
            }
            var opening = text.AsSpan(sentence.Start, Math.Max(0, mention.Start - sentence.Start)).Trim();
            var opens = opening.IsEmpty || opening.Equals("the", StringComparison.OrdinalIgnoreCase);
            return opens && mention.End <= sentence.End && mention.Source is { } body && BodyPronoun.IsBody(body) ? mention : null;
        }
        return null;
    }
}
