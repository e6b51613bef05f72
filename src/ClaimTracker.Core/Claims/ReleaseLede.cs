using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, Amnesty International said today", "…, Human Rights Watch said in a report released today", "the Norwegian
/// Refugee Council warned today": a rights group's or aid agency's release dates its own words "today" in its lede,
/// where a wire or broadcast report names the day ("said on Thursday"). A document whose lede has an international
/// organisation or an aid group speaking "today" is that body's release, so its later figures with no speaker of their
/// own (under a case heading, in a paragraph that names nobody) are the body's findings, as in a situation report
/// (<see cref="PublisherVoice"/>). Only the lede counts: a quoted "today" further on is anyone's. Golden case:
/// a_release_speaks_today_in_its_own_voice.
/// </summary>
internal static class ReleaseLede
{
    // The verbs a release's lede puts before "today" (attribution.json releaseLedeVerbs): "said", "warned", "released".
    private static readonly WordSet Verbs = WordLists.Set("releaseLedeVerbs");

    /// <summary>The body whose release this is (its mention in the lede), or null when the lede names no day of its own.</summary>
    public static SourceMention? Author(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions)
    {
        // The lede: the first sentence after the headline that is no heading (a byline or a date line above it is).
        for (var si = 1; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            if (sentence.IsHeading || sentence.IsFurniture || sentence.Line == sentences[0].Line)
            {
                continue;
            }
            var today = TodayAfterVerb(text, sentence);
            return today < 0 ? null : LastBodyBefore(mentions, sentence.Start, today);
        }
        return null;
    }

    // Where "today" follows a lede verb in the sentence, or -1.
    private static int TodayAfterVerb(string text, Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var from = 0;
        while (from < span.Length)
        {
            var at = span[from..].IndexOf("today", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }
            at += from;
            var before = span[..at].TrimEnd();
            var verbStart = before.LastIndexOf(' ') + 1;
            var afterEnd = at + 5;
            if (at > 0 && span[at - 1] == ' ' && (afterEnd >= span.Length || !char.IsLetter(span[afterEnd])) && Verbs.Contains(before[verbStart..]))
            {
                return sentence.Start + at;
            }
            from = afterEnd;
        }
        return -1;
    }

    // The international organisation or aid group named last before "today" in the lede.
    private static SourceMention? LastBodyBefore(IReadOnlyList<SourceMention> mentions, int start, int today)
    {
        SourceMention? body = null;
        foreach (var mention in mentions)
        {
            if (mention.Start >= today)
            {
                break;
            }
            if (mention.Start >= start && mention.Source is { Kind: SourceKind.InternationalOrganisation or SourceKind.Ngo })
            {
                body = mention;
            }
        }
        return body;
    }
}
