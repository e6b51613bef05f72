using System.Buffers;
using System.Text;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korean lawmakers said after being briefed by the country's spy agency … North Korea had also sent some 3,500
/// workers, according to the lawmakers", "…, Park Sun-won, a member of the parliamentary intelligence committee, said":
/// lawmakers who name no body of their own relay the intelligence service the story says briefed them, as the golds
/// credit "Rep. Lee Seong-kweun … said" and "lawmaker Yoon Sang-hyun told reporters" to the NIS. Only when a sentence up
/// to the speaker joins a lawmaker word and an intelligence word (speakers.json lawmakerWords, spyDomainWords): a
/// lawmaker back from a trip, with no briefing named, stays nobody's. Golden cases: lawmakers_relay_the_spy_agency_that_briefed_them,
/// lawmakers_with_no_briefing_named_stay_unsourced.
/// </summary>
internal static class LawmakersBriefer
{
    private static readonly WordSet LawmakerWords = WordLists.Set("lawmakerWords");
    private static readonly WordSet SpyDomains = WordLists.Set("spyDomainWords");
    private static readonly WordSet Chambers = WordLists.Set("briefedChamberWords");
    // Each list as one case-blind search of a span's characters: a lawmaker's walk back reads every sentence before him
    // to the story's start, splitting each into tokens twice (0.9 % of the extractor on the bench's corpus, branch
    // `speed29`); a span that holds none of a list's words anywhere holds no token equal to one.
    private static readonly SearchValues<string> AnyLawmakerWord = SearchValues.Create([.. LawmakerWords.Words], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> AnySpyDomain = SearchValues.Create([.. SpyDomains.Words], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> AnyChamber = SearchValues.Create([.. Chambers.Words], StringComparison.OrdinalIgnoreCase);

    /// <summary>The anaphor the lawmaker stands for, or null when the speaker is no lawmaker or no briefing was named.</summary>
    public static string? StandsFor(string text, List<Sentence> sentences, int si, Attributor speaker, List<Token> tokens, IReadOnlyList<SourceMention> mentions)
    {
        if (!Has(text, speaker.Start, speaker.End, LawmakerWords, AnyLawmakerWord, tokens) && !LawmakerRelay.ContinuesLawmaker(text, speaker))
        {
            return null;
        }
        for (var k = si; k >= 0; k--)
        {
            var end = Math.Min(sentences[k].End, speaker.Start);
            if (end > sentences[k].Start && BriefedAudience(text, sentences[k].Start, end, tokens)
                && (Has(text, sentences[k].Start, end, SpyDomains, AnySpyDomain, tokens) || NamesASpyService(mentions, sentences[k].Start, end)))
            {
                return "the spy agency";
            }
        }
        return null;
    }

    // Lawmakers, or the chamber they sit in: "The National Intelligence Service gave its assessment at a closed-door session
    // of the Assembly's Intelligence Committee. Two members of the committee, Rep. Lee Seong-kweun …, relayed the agency's
    // findings … “…,” Lee said" names the briefing by the committee the service spoke to, never by a lawmaker word
    // (Unseen81 kbs-nis-briefing-600-dead-4700-casualties; Unseen21 kbs-nis-nk-casualties-briefing "In a closed-door session
    // of the National Assembly's Intelligence Committee, the National Intelligence Service said"; golden case
    // a_lawmaker_after_a_briefing_to_the_committee_relays_the_service).
    private static bool BriefedAudience(string text, int start, int end, List<Token> tokens) =>
        Has(text, start, end, LawmakerWords, AnyLawmakerWord, tokens) || Has(text, start, end, Chambers, AnyChamber, tokens);

    // "the NIS told lawmakers": the service by its registered initials holds no spy word, but the registry knows its kind
    // (Unseen68 hankyoreh-one-year-north-korean-troops-2000-dead; golden case lawmaker_after_a_briefing_relays_the_service_by_its_initials).
    private static bool NamesASpyService(IReadOnlyList<SourceMention> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.Start >= start && m.End <= end && m.Source?.Kind == SourceKind.Intelligence)
            {
                return true;
            }
        }
        return false;
    }

    // The search is the answer only for a span of ASCII, where OrdinalIgnoreCase is the ASCII fold ('ſ' equals 's' under it).
    internal static bool Has(string text, int start, int end, WordSet words, SearchValues<string> anyWord, List<Token> tokens)
    {
        var span = text.AsSpan(start, end - start);
        if (span.IndexOfAny(anyWord) < 0 && Ascii.IsValid(span))
        {
            return false;
        }
        Token.Split(text, start, end, tokens);
        foreach (var t in tokens)
        {
            if (t.IsWord && words.Contains(text.AsSpan(t.Start, t.Length)))
            {
                return true;
            }
        }
        return false;
    }
}
