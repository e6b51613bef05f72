using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "More than 38,000 Sudanese have fled Kordofan …, says UN agency" over a standfirst "International Organization for
/// Migration says …"; "N. Korea has lost about 900 troops …, spy agency tells lawmakers" over "South Korea's spy agency
/// told lawmakers"; "At least 63 killed …, rights group says" over "The Emergency Lawyers said": wire headlines name
/// their speaker by a generic description in a tail frame after the last comma, and the standfirst or lede names the
/// body. The description read alone is the UN at large ("UN agency") or nobody ("spy agency", "rights group"), and
/// <see cref="HeadingSource"/> lends the body's speaker only where the body repeats the same figure. Here the headline's
/// figure takes the first registry body the few lines below it name that the whole description fits
/// (<see cref="AnaphorFit.Describes"/>; a "UN …" description only a UN body other than the UN itself; never an army, a
/// government or a medium), preferring one named as a speaker. Words as data (speakers.json
/// <c>headlineDescriptionHeads</c>, <c>unWords</c>). Golden cases: a_headlines_un_agency_is_the_agency_named_below,
/// a_headlines_spy_agency_is_the_agency_in_the_lede, a_headlines_rights_group_is_the_group_named_below; control
/// a_headlines_rights_group_is_not_the_accused_below (Unseen49 guardian-kordofan, Unseen2 yonhap-nis-briefing).
/// </summary>
internal static class DescribedHeadlineSpeaker
{
    private const int SentencesAfter = 4;
    private const int MaxWords = 3;
    private static readonly WordSet Heads = WordLists.Set("headlineDescriptionHeads");
    private static readonly WordSet UnWords = WordLists.Set("unWords");

    /// <summary>Credits each headline figure whose speaker is a tail's description to the body the lines below name.</summary>
    public static void Credit(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, List<ClaimDraft> drafts)
    {
        foreach (var heading in drafts)
        {
            var sentence = sentences[heading.Sentence];
            if (!RepeatedClaims.ReadsAsHeadline(text, sentence) || TailDescription(text, sentence) is not { } description
                || !(heading.Source is null || string.Equals(heading.SourceMention?.Trim(), description, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            if (NamedBelow(text, sentences, mentions, heading.Sentence, description) is { } body)
            {
                heading.Source = body;
                heading.SourceMention = description;
                heading.Attribution = Attribution.Inherited;
            }
        }
    }

    /// <summary>
    /// The description in a headline's tail after its last comma: ", says UN agency", ", spy agency tells lawmakers",
    /// ", rights group says"; one to three words, lowercase but for a UN word or a nation's adjective, ending on a
    /// description head, right after or right before a reporting verb. Null when the tail is no such frame.
    /// </summary>
    public static string? TailDescription(string text, Sentence sentence)
    {
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim().TrimEnd('.');
        var comma = line.LastIndexOf(',');
        if (comma < 0)
        {
            return null;
        }
        var words = line[(comma + 1)..].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && ClaimLexicon.ReportingVerbs.Contains(words[0]))
        {
            return Description(words[1..]);
        }
        var verb = Array.FindIndex(words, w => ClaimLexicon.ReportingVerbs.Contains(w));
        return verb > 0 ? Description(words[..verb]) : null;
    }

    private static string? Description(string[] words)
    {
        if (words.Length > MaxWords || !Heads.Contains(words[^1]))
        {
            return null;
        }
        foreach (var word in words)
        {
            if (char.IsUpper(word[0]) && !UnWords.Contains(word) && Nationality.OfPhrase(word) is null)
            {
                return null;
            }
        }
        return string.Join(' ', words);
    }

    // The first body the lines below the headline name that the description fits, one named as a speaker first.
    private static SourceDefinition? NamedBelow(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, int headline, string description)
    {
        var from = sentences[headline].End;
        var to = sentences[Math.Min(sentences.Count - 1, headline + SentencesAfter)].End;
        var un = description.Split(' ').Any(w => UnWords.Contains(w));
        SourceDefinition? first = null;
        foreach (var mention in mentions)
        {
            if (mention.Start < from || mention.End > to || mention.Source is not { } source || !Fits(description, source, un))
            {
                continue;
            }
            if (NamedAboveSpeaker.Spoke(text, mention))
            {
                return source;
            }
            first ??= source;
        }
        return first;
    }

    private static bool Fits(string description, SourceDefinition source, bool un) =>
        source.Kind is not (SourceKind.Military or SourceKind.Government or SourceKind.Media)
        && AnaphorFit.Describes(description, source)
        && (!un || (source.Name != "UN" && source.Aliases.Any(a => a.StartsWith("UN ", StringComparison.Ordinal))));
}
