using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "UNRWA Situation Report #93 on the situation in the Gaza Strip": a document whose front names a UN agency or an
/// aid group together with the kind of document it issues (attribution.json publisherDocuments) is that body's own
/// report, so a figure it states with no attribution is the body's, not a speaker's carried from an earlier entry nor
/// nobody's. Figures it relays ("according to the Ministry of Health") keep the speaker they name. The front is the
/// headline and the line after it when that line opens by naming the document ("Press release | Nairobi, 12
/// September", "The Humanitarian Situation Update is issued by OCHA"): a body's release names itself in either. Golden
/// cases: situation_report_speaks_in_its_own_voice, press_release_named_under_the_headline,
/// a_statement_label_under_the_body_is_its_voice, a_release_speaks_today_in_its_own_voice, an_outlets_lede_names_the_day,
/// a_briefing_transcript_speaks_for_its_department.
/// </summary>
internal static class PublisherVoice
{
    private static readonly WordSet Documents = WordLists.Set("publisherDocuments");
    // "World Health Organization / Statement": a line that is only the document's label (attribution.json
    // publisherLabels). Only the whole line: "In a statement, UNICEF said" opens an outlet's lede.
    private static readonly WordSet Labels = WordLists.Set("publisherLabels");
    private static readonly WordSet Letterheads = WordLists.Set("publisherLetterheads");

    /// <summary>The publishing body as an attributor (at its mention in the front), or null for an outlet's report.</summary>
    public static Attributor? Of(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions)
    {
        if (sentences.Count == 0)
        {
            return null;
        }
        // The first line, whether or not it reads as a heading: a report's title can be a long sentence-case line; or
        // the line under a kind label standing alone above it (KindAbove).
        if (Masthead.Body(text, sentences, mentions) is { } mast)
        {
            return new Attributor(mast.Start, mast.End, mast.Text, mast.Source, AttributorCue.Verb, mast.End);
        }
        var top = KindAbove(text, sentences);
        var title = sentences[top];
        var headline = text.AsSpan(title.Start, title.End - title.Start);
        var frontEnd = title.End;
        var named = top > 0 || NamesADocument(headline);
        var second = SecondLine(sentences, top);
        // "Statement by UNICEF …", "WHO statement on …": the label names its author, whatever kind of body it is.
        var author = StatementLabel.Author(text, title.Start, title.End, mentions)
            ?? (second is { } s ? StatementLabel.Author(text, s.Start, s.End, mentions) : null);
        author ??= second is { } b ? Byline(text, b, mentions) : null;
        if (author is not null)
        {
            return new Attributor(author.Start, author.End, author.Text, author.Source, AttributorCue.Verb, author.End);
        }
        if (second is { } next)
        {
            var line = text.AsSpan(next.Start, next.End - next.Start);
            // A lede that mentions a press release further on ("…, WHO said in a press release") is an outlet's report.
            // "Deir al-Balah, 15 October 2024 – MSF condemns …": a release's dated opening line (ReleaseDateline).
            if (NamesADocument(line[..Math.Min(line.Length, DocumentLineOpening)]) || Labels.Contains(line.Trim()) || StatementLabel.IsField(line)
                || ReleaseDateline.Opens(line) || OpensWithLetterhead(line))
            {
                named = true;
                frontEnd = next.End;
            }
        }
        if (!named)
        {
            // "…, Amnesty International said today": a release whose front names no document still names its author in the lede;
            // "Lebanon's emergency committee issues eighth report: …": a tracker relays the report its headline names (IssuedReport).
            return (ReleaseLede.Author(text, sentences, mentions) ?? IssuedReport.Issuer(text, sentences[0], mentions)) is { } lede
                ? new Attributor(lede.Start, lede.End, lede.Text, lede.Source, AttributorCue.Verb, lede.End)
                : null;
        }
        foreach (var mention in mentions)
        {
            if (mention.Start >= frontEnd)
            {
                break;
            }
            if (mention.Source is { Kind: SourceKind.InternationalOrganisation or SourceKind.Ngo } || IsBriefer(mention, frontEnd, text))
            {
                return new Attributor(mention.Start, mention.End, mention.Text, mention.Source, AttributorCue.Verb, mention.End);
            }
        }
        return null;
    }

    // "Department of Defense Press Briefing by …": a ministry or a military that holds a briefing speaks in its
    // transcript's own voice ("We assess that …"), as an agency does in its report; only when the front names a briefing.
    private static bool IsBriefer(SourceMention mention, int frontEnd, string text) =>
        mention.Source is { Kind: SourceKind.Military or SourceKind.Government }
        && text.AsSpan(0, frontEnd).Contains("briefing", StringComparison.OrdinalIgnoreCase);

    // A byline is short: the body, maybe the document's kind, a place and a date.
    private const int BylineLength = 90;

    /// <summary>
    /// "Amnesty International, 12 December 2024", "Human Rights Watch, May 9, 2024", "Save the Children | GAZA, 18 March
    /// 2025": a line under the headline that opens with an aid group or a UN body and goes on, after a comma or a bar,
    /// to a dated byline is that body's release, as "Press release" under the headline is. A news outlet's byline ("…
    /// / CBS News") names no such body; a sentence that opens with the body ("Amnesty International said …") has no
    /// separator right after the name. Golden case: a_bodys_byline_under_the_headline_is_its_voice.
    /// </summary>
    private static SourceMention? Byline(string text, Sentence line, IReadOnlyList<SourceMention> mentions)
    {
        if (line.End - line.Start > BylineLength)
        {
            return null;
        }
        foreach (var mention in mentions)
        {
            if (mention.Start < line.Start || mention.Start >= line.End || mention.End > line.End)
            {
                // The last: an alias with dotted initials can run past the line the splitter ended inside it.
                continue;
            }
            var lead = text.AsSpan(line.Start, mention.Start - line.Start).Trim();
            var rest = text.AsSpan(mention.End, line.End - mention.End).TrimStart();
            return lead.IsEmpty && rest.Length > 0 && rest[0] is ',' or '|' && HasYear(rest)
                && mention.Source is { Kind: SourceKind.InternationalOrganisation or SourceKind.Ngo } ? mention : null;
        }
        return null;
    }

    // A four-digit year from 1900 to 2099 stands alone in the byline.
    private static bool HasYear(ReadOnlySpan<char> rest)
    {
        for (var i = 0; i + 4 <= rest.Length; i++)
        {
            var alone = (i == 0 || !char.IsDigit(rest[i - 1])) && (i + 4 == rest.Length || !char.IsDigit(rest[i + 4]));
            if (alone && rest[i] is '1' or '2' && rest[i + 1] is '9' or '0' && char.IsDigit(rest[i + 2]) && char.IsDigit(rest[i + 3]))
            {
                return true;
            }
        }
        return false;
    }

    // How far into the line after the headline the document's kind must begin: "The Humanitarian Situation Update is issued".
    private const int DocumentLineOpening = 40;

    // The first sentence on the line after the headline's.
    private static Sentence? SecondLine(List<Sentence> sentences, int top)
    {
        for (var si = top + 1; si < sentences.Count; si++)
        {
            if (sentences[si].Line != sentences[top].Line)
            {
                return sentences[si];
            }
        }
        return null;
    }

    // "Report from UN Relief and Works Agency …" under the title: an aggregator's letterhead (ReliefWeb's pages of
    // agency appeals, reports and releases) names the body whose document the page carries (attribution.json
    // publisherLetterheads), only at the line's opening. Golden case: a_report_from_letterhead_names_the_agency.
    private static bool OpensWithLetterhead(ReadOnlySpan<char> line)
    {
        foreach (var lead in Letterheads.Words)
        {
            if (line.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && line.Length > lead.Length && line[lead.Length] == ' ')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "News release" over "Israel and the occupied territories: …" over "Jerusalem (ICRC) – …", "PRESS RELEASE" over
    /// "United Nations and Government of Lebanon launch …": an agency's page (ICRC's news releases, OCHA's press
    /// releases) can put the kind of document alone on the first line, above the title; the label is no headline, so
    /// the title under it is read as the headline and the dated line under that as the front's second line. The index
    /// of the title's sentence, or 0 when the first line is no kind label alone. Golden case:
    /// a_kind_label_above_the_title_opens_a_release.
    /// </summary>
    private static int KindAbove(string text, List<Sentence> sentences)
    {
        var first = text.AsSpan(sentences[0].Start, sentences[0].End - sentences[0].Start).Trim();
        if (!Documents.Contains(first) && !Labels.Contains(first))
        {
            return 0;
        }
        for (var si = 1; si < sentences.Count; si++)
        {
            if (sentences[si].Line != sentences[0].Line)
            {
                return si;
            }
        }
        return 0;
    }

    private static bool NamesADocument(ReadOnlySpan<char> headline)
    {
        foreach (var kind in Documents.Words)
        {
            if (headline.Contains(kind, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
