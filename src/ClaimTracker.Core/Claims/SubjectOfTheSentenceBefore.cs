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
        var before = sentences[si - 1];
        foreach (var mention in mentions)
        {
            if (mention.Start < before.Start)
            {
                continue;
            }
            var opening = text.AsSpan(before.Start, Math.Max(0, mention.Start - before.Start)).Trim();
            var opens = opening.IsEmpty || opening.Equals("the", StringComparison.OrdinalIgnoreCase);
            return opens && mention.End <= before.End && mention.Source is { } body && BodyPronoun.IsBody(body) ? body : null;
        }
        return null;
    }
}
