namespace ClaimTracker.Core.Claims;

/// <summary>
/// One claim per figure per article: the same value, qualifier, metric, status and subject stated again in the body
/// (lede, later paragraph, caption) by the same source, or with no source named on one side, becomes one claim whose
/// other statements are its <see cref="ExtractedClaim.Mentions"/>. The claim kept is the clearest statement: one that
/// names its source over one that does not, else the first.
/// A headline's figure is never folded into the body's: the headline is the outlet's own summary ("Strike kills 38")
/// of what the body attributes and hedges ("At least 38 people were killed, the ministry said"), and annotators list it
/// as a row of its own, first, in text order (seed gold: "North Korea Sends 11,000 Troops" before the body's 11,000).
/// Folded into the body's claim, its mention took the headline's row and the body's row went missing: on 49 gold sets
/// in text order, recall 0.83–0.98 folded against 0.95–1.000 apart (docs/extraction.md, "Headlines apart").
/// A restatement that says something the first does not is a claim of its own, as annotators count it (seed gold):
/// another qualifier ("10,000" in the lede, "around 10,000" later), another wave or total, another date ("since
/// September" / "at present"), or another named speaker repeating the figure ("Ukrainian intelligence reports about
/// 11,000 …"; "Skibitskyi told Suspilne an estimated 11,000 …") is corroboration, not a repeat.
/// Two figures of one sentence are never one claim: "15 bodies from Meis al-Jabal, four from Markaba and four from
/// Kfarkila" counts two fours (Unseen25 alahed; test The_same_figure_twice_in_one_sentence_is_two_claims).
/// </summary>
internal static class RepeatedClaims
{
    public static List<ExtractedClaim> Merge(IReadOnlyList<ExtractedClaim> claims, IReadOnlyList<bool> inHeading, IReadOnlyList<int> sentenceOf)
    {
        var groups = new List<List<int>>();
        var byFigure = new Dictionary<(double?, double?, double?, Qualifier, Metric, ClaimStatus), List<List<int>>>();
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            // An open amount with no bound at all is no figure to merge on; "dozens" (low 24) in the lede and later is.
            if (inHeading[i] || (c.Value is null && c.Low is null && c.High is null))
            {
                groups.Add([i]);
                continue;
            }
            var figure = (c.Value, c.Low, c.High, c.Qualifier, c.Metric, c.Status);
            if (!byFigure.TryGetValue(figure, out var sameFigure))
            {
                byFigure[figure] = sameFigure = [];
            }
            var group = sameFigure.Find(g => g.TrueForAll(j => sentenceOf[j] != sentenceOf[i] && Same(claims[j], c)));
            if (group is null)
            {
                group = [i];
                groups.Add(group);
                sameFigure.Add(group);
            }
            else
            {
                group.Add(i);
            }
        }
        FoldQuotedRestatements(groups, claims, inHeading);
        var merged = new List<ExtractedClaim>(groups.Count);
        foreach (var group in groups)
        {
            var main = group[0];
            foreach (var i in group)
            {
                if (claims[i].Source is not null && claims[main].Source is null)
                {
                    main = i;
                }
            }
            merged.Add(group.Count == 1 ? claims[main] : QuotedRestatement.KeepHedge(claims[main], group.Select(i => claims[i])) with
            {
                Mentions = [.. group.Where(i => i != main).Select(i => new ClaimMention(claims[i].Quote, claims[i].Start, claims[i].End))],
            });
        }
        return merged;
    }

    // An official's quoted words only restate a hedged lede ("At least 38 people were killed" and later "“38 people
    // died”"): the quotation's figure joins the lede's claim, whose hedge and day it keeps.
    private static void FoldQuotedRestatements(List<List<int>> groups, IReadOnlyList<ExtractedClaim> claims, IReadOnlyList<bool> inHeading)
    {
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var lone = groups[g];
            if (!lone.TrueForAll(i => !inHeading[i] && QuotedRestatement.InOwnWords(claims[i])))
            {
                continue;
            }
            var into = groups.Find(o => o != lone && o.TrueForAll(j => !inHeading[j]) && o.Exists(j => !QuotedRestatement.InOwnWords(claims[j]))
                && o.TrueForAll(j => lone.TrueForAll(i => QuotedRestatement.Restates(claims[i], claims[j]))));
            if (into is not null)
            {
                into.AddRange(lone);
                into.Sort();
                groups.RemoveAt(g);
            }
        }
    }

    /// <summary>
    /// A heading, or a line with no closing punctuation: a sentence-case headline longer than a heading
    /// ("Burkina Faso: Jihadists kill dozens of soldiers in attack on army base") is no clearer statement than the body.
    /// A bullet kept as the article's own (a live page's summary, "- The ministry says 26 people were injured in the
    /// strike") is body text without its full stop, so the headline folds into it and takes its speaker; a telegraphic
    /// bullet ("- Lebanon says 178 paramedics killed") stays a headline over the body's statement (Unseen17 dw; Unseen42
    /// bbc-live-beirut-hariri; golden case summary_bullet_speaker_wins_over_the_headline).
    /// </summary>
    public static bool ReadsAsHeadline(string text, Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim();
        return sentence.IsHeading || span.Length == 0
            || (span[^1] is not ('.' or '!' or '?' or '"' or '”' or '\'' or '’' or ')') && !(Articles.PageFurniture.IsBullet(span) && SummaryLeadIn.ReadsAsProse(span)));
    }

    private static bool Same(ExtractedClaim a, ExtractedClaim b) =>
        (a.Source is null || b.Source is null || a.Source == b.Source)
        && string.Equals(a.Subject, b.Subject, StringComparison.OrdinalIgnoreCase) && !OtherGroup.Names(a) && !OtherGroup.Names(b)
        && (a.Increment is null || b.Increment is null || a.Increment == b.Increment)
        && Agree(a.TimeText, b.TimeText)
        && (a.Attribution != Attribution.Extracted || b.Attribution != Attribution.Extracted || SameSpeaker(a.SourceMention, b.SourceMention));

    private static bool Agree(string? a, string? b) =>
        a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    // An anaphor ("the ministry", "he") continuing the speaker is Inherited, so only two named speakers are compared:
    // "Gaza's health ministry" and "the Gaza Health Ministry" are one speaker, "Ukrainian intelligence" and "Vadym
    // Skibitskyi" two.
    private static bool SameSpeaker(string? a, string? b) =>
        a is null || b is null || string.Equals(Speaker(a), Speaker(b), StringComparison.Ordinal);

    private static string Speaker(string mention)
    {
        var words = mention.ToLowerInvariant().Replace("\u2019s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal)
            .Split([' ', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Where(w => w != "the"));
    }
}
