namespace ClaimTracker.Core.Claims;

/// <summary>
/// One claim per figure per article: the same value, qualifier, metric, status and subject stated again (headline,
/// lede, body, caption) by the same source, or with no source named on one side, becomes one claim whose other
/// statements are its <see cref="ExtractedClaim.Mentions"/>. The claim kept is the clearest statement: a body sentence
/// over a headline, one that names its source over one that does not, else the first.
/// A headline joins only when the headlines are folded (the store, <see cref="ClaimExtractor.FoldHeadlines"/>); else
/// it is the outlet's own summary and stays a claim of its own, first in text order, as annotators list it (seed gold:
/// "North Korea Sends 11,000 Troops" before the body's 11,000): folded, its mention took the headline's gold row and the
/// body's row went missing — on 49 gold sets in text order, recall 0.915 folded against 0.991 apart.
/// A restatement that says something the first does not is a claim of its own, as annotators count it (seed gold):
/// another qualifier ("10,000" in the lede, "around 10,000" later), another wave or total, another date ("since
/// September" / "at present"), or another named speaker repeating the figure ("Ukrainian intelligence reports about
/// 11,000 …"; "Skibitskyi told Suspilne an estimated 11,000 …") is corroboration, not a repeat.
/// Two figures of one sentence are never one claim: "15 bodies from Meis al-Jabal, four from Markaba and four from
/// Kfarkila" counts two fours (Unseen25 alahed; test The_same_figure_twice_in_one_sentence_is_two_claims).
/// </summary>
internal static class RepeatedClaims
{
    public static List<ExtractedClaim> Merge(bool foldHeadlines, IReadOnlyList<ExtractedClaim> claims, IReadOnlyList<bool> inHeading, IReadOnlyList<int> sentenceOf)
    {
        var groups = new List<List<int>>();
        var byFigure = new Dictionary<(double?, double?, double?, Qualifier, Metric, ClaimStatus), List<List<int>>>();
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            if (inHeading[i] && !foldHeadlines)
            {
                groups.Add([i]);
                continue;
            }
            var figure = (c.Value, c.Low, c.High, c.Qualifier, c.Metric, c.Status);
            if (!byFigure.TryGetValue(figure, out var sameFigure))
            {
                byFigure[figure] = sameFigure = [];
            }
            // An open amount with no bound at all is no figure to merge on; "dozens" (low 24) in a headline and the lede is.
            var group = c.Value is null && c.Low is null && c.High is null ? null
                : sameFigure.Find(g => g.TrueForAll(j => sentenceOf[j] != sentenceOf[i] && Same(claims[j], inHeading[j], c, inHeading[i])) && !OnlyHeadlinesOfOthers(claims, inHeading, g, i));
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
        FoldHeadlineFigures(groups, claims, inHeading, foldHeadlines);
        var merged = new List<ExtractedClaim>(groups.Count);
        foreach (var group in groups)
        {
            var main = group[0];
            foreach (var i in group)
            {
                if (Clearer(claims[i], inHeading[i], claims[main], inHeading[main]))
                {
                    main = i;
                }
            }
            merged.Add(group.Count == 1 ? claims[main] : QuotedRestatement.KeepHedge(claims[main], group.Where(i => !inHeading[i]).Select(i => claims[i])) with
            {
                Subject = HeadlinesPeople(claims, inHeading, group, claims[main].Subject),
                Mentions = [.. group.Where(i => i != main).Select(i => new ClaimMention(claims[i].Quote, claims[i].Start, claims[i].End))],
            });
        }
        return merged;
    }

    // A headline's figure folds whoever its line credits; an official's quoted words only restate a hedged lede, whose
    // day ("on Monday") and the quotation's "so far" date one count.
    private static bool Folds(ExtractedClaim c, bool heading, ExtractedClaim body, bool bodyHeading) => heading
        ? Agrees(c, body) && Same(body, bodyHeading, c with { Source = body.Source, SourceMention = body.SourceMention }, true)
        : QuotedRestatement.Restates(c, body);

    // Headlines only when they are folded (the store); an official's quoted words restating a hedged lede always.
    // "Strike kills 38" and "At least 38 people were killed"; "Gaza death toll tops 42,300" and "At least 42,347
    // Palestinians have been killed": a headline drops the body's hedge or rounds its figure down, so a headline's figure
    // that agrees with a body claim's is a mention of it, not a claim of its own, whoever the headline's line credits it to
    // (tests A_headline_toll_without_the_bodys_hedge_is_a_mention_of_the_body_claim and its rounding twin).
    private static void FoldHeadlineFigures(List<List<int>> groups, IReadOnlyList<ExtractedClaim> claims, IReadOnlyList<bool> inHeading, bool foldHeadlines)
    {
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var lone = groups[g];
            var quoted = lone.Exists(i => !inHeading[i]);
            if (quoted ? !lone.TrueForAll(i => inHeading[i] || QuotedRestatement.InOwnWords(claims[i])) : lone.Count != 1 || !foldHeadlines)
            {
                continue;
            }
            var into = groups.Find(o => o != lone && o.Exists(j => !inHeading[j] && (!quoted || !QuotedRestatement.InOwnWords(claims[j])))
                && o.TrueForAll(j => lone.TrueForAll(i => Folds(claims[i], inHeading[i], claims[j], inHeading[j]))));
            if (into is not null)
            {
                into.AddRange(lone);
                into.Sort();
                groups.RemoveAt(g);
            }
        }
    }

    // "Israeli attacks … kill three" then "at least three people" then "including three children": a part of a toll
    // ("including", "among them") is no restatement of a headline's figure, so it does not join a group of headlines;
    // the headline stays alone and FoldHeadlineFigures gives it to the first body claim that agrees (Unseen24
    // aljazeera-toul, whose recap's children lost their speaker and so matched the headline's).
    private static bool OnlyHeadlinesOfOthers(IReadOnlyList<ExtractedClaim> claims, IReadOnlyList<bool> inHeading, List<int> group, int i) =>
        !inHeading[i] && IsPart(claims[i]) && group.TrueForAll(j => inHeading[j]);

    private static bool IsPart(ExtractedClaim c)
    {
        var before = c.Prefix.AsSpan().TrimEnd();
        return before.EndsWith("including", StringComparison.OrdinalIgnoreCase) || before.EndsWith("among them", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Agrees(ExtractedClaim headline, ExtractedClaim body)
    {
        if (headline.Metric != body.Metric || headline.Status != body.Status || (headline.Value ?? headline.Low) is not { } figure || (body.Value ?? body.Low) is not { } bodys)
        {
            return false;
        }
        return headline.Qualifier == Qualifier.Exact
            ? body.Qualifier is Qualifier.Exact or Qualifier.AtLeast or Qualifier.MoreThan && bodys == figure
            : headline.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan && bodys >= figure && bodys <= figure * 1.01;
    }

    // "Some 42,000 Ukrainians listed as missing" over "Around 42,000 people, soldiers and civilians alike, are listed
    // as missing": the body is kept as the clearer statement, but a headline that says whose people they are (the same
    // head noun with a qualifier) keeps that qualifier (test A_merged_repeat_keeps_the_people_its_headline_names).
    private static string HeadlinesPeople(IReadOnlyList<ExtractedClaim> claims, IReadOnlyList<bool> inHeading, List<int> group, string subject)
    {
        foreach (var i in group)
        {
            var named = claims[i].Subject;
            if (inHeading[i] && named.Length > subject.Length + 1 && named.EndsWith(" " + subject, StringComparison.OrdinalIgnoreCase))
            {
                return named;
            }
        }
        return subject;
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

    // A headline shortens the subject ("North Korea sends 10,000 troops"), so a heading matches on the figure alone.
    private static bool Same(ExtractedClaim a, bool aHeading, ExtractedClaim b, bool bHeading) =>
        (a.Source is null || b.Source is null || a.Source == b.Source)
        && (aHeading || bHeading || (string.Equals(a.Subject, b.Subject, StringComparison.OrdinalIgnoreCase) && !OtherGroup.Names(a) && !OtherGroup.Names(b) && !KinGroup.Differs(a, b)))
        && (a.Increment is null || b.Increment is null || a.Increment == b.Increment)
        && Agree(a.TimeText, b.TimeText)
        && !DistinctEvents.Differ(a, b)
        && (a.Attribution != Attribution.Extracted || b.Attribution != Attribution.Extracted || SameSpeaker(a.SourceMention, b.SourceMention));

    private static bool Clearer(ExtractedClaim c, bool heading, ExtractedClaim than, bool thanHeading) =>
        (thanHeading && !heading) || (heading == thanHeading && c.Source is not null && than.Source is null);

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
