using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Lebanon's emergency committee issues eighth report: toll reaches …", "Health ministry releases daily bulletin: …":
/// a headline that opens with a body issuing its numbered or daily report announces a page that relays that document.
/// A tracker of this kind lists the report's figures under crossheads ("Casualties", "Displacement"), restates the
/// previous issue's beside today's and names the body only in the headline and the lede, so a figure with no speaker of
/// its own is the document's, the issuing body's, as a situation report's figures are its publisher's
/// (<see cref="PublisherVoice"/>). Only the headline's opening words: the body, then an issuing verb
/// (attribution.json <c>reportIssueVerbs</c>), then within a few words a document noun (<c>documentTitleWords</c>)
/// before any colon; an outlet is never the body. Golden cases: a_report_issued_in_the_headline_speaks_for_its_list,
/// a_headline_speaker_without_a_report_lends_no_voice.
/// </summary>
internal static class IssuedReport
{
    private static readonly WordSet Verbs = WordLists.Set("reportIssueVerbs");
    private static readonly WordSet Documents = WordLists.Set("documentTitleWords");

    // How many words may stand between the verb and the document noun: "issues its eighth daily report".
    private const int WordsToDocument = 4;

    /// <summary>The issuing body's mention in the headline, or null when the headline announces no body's report.</summary>
    public static SourceMention? Issuer(string text, Sentence headline, IReadOnlyList<SourceMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= headline.End)
            {
                break;
            }
            if (mention.Start < headline.Start || mention.End > headline.End)
            {
                // An alias can run past the sentence the splitter ended on its dotted initials ("Karim A.A. Khan"): it
                // does not open this headline.
                continue;
            }
            var lead = text.AsSpan(headline.Start, mention.Start - headline.Start).Trim();
            var opens = lead.IsEmpty || lead.Equals("the", StringComparison.OrdinalIgnoreCase);
            return opens && mention.Source is { Kind: not SourceKind.Media } && IssuesADocument(text.AsSpan(mention.End, headline.End - mention.End))
                ? mention : null;
        }
        return null;
    }

    // The words after the body: an issuing verb first, then a document noun before a colon or the word limit.
    private static bool IssuesADocument(ReadOnlySpan<char> rest)
    {
        var colon = rest.IndexOf(':');
        var head = (colon < 0 ? rest : rest[..colon]).Trim();
        // The first word read in place: only words opening on an issuing verb, and going on past it, are split.
        var space = head.IndexOf(' ');
        if (space < 0 || !Verbs.Contains(head[..space]))
        {
            return false;
        }
        var words = head.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 1; w < words.Length && w <= WordsToDocument; w++)
        {
            if (Documents.Contains(words[w].TrimEnd(',', '.', ';')))
            {
                return true;
            }
        }
        return false;
    }
}
