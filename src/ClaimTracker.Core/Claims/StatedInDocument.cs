using System.Buffers;
using System.Text;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In October, at least 181 civilians were killed … ¶ According to Censor.NET, this is stated in the monthly update of
/// the UN Human Rights Monitoring Mission": a Ukrainian outlet's lede gives the figures bare and names the document that
/// holds them in the next paragraph, with "this" standing for what was just told. The body the document belongs to (the
/// first registered name after "stated in") is the source of the speakerless figures before it, back to the start of the
/// paragraph before; the outlet that relays it ("according to Censor.NET") is not. Words as data (attribution.json
/// <c>documentStatedVerbs</c>). Unseen61 censor-hrmmu-october-civilian-casualties; golden cases:
/// this_is_stated_in_the_bodys_update, this_was_reported_in_the_bodys_report, this_is_stated_with_no_body_named
/// (branch source96).
/// </summary>
internal static class StatedInDocument
{
    private static readonly WordSet Verbs = WordLists.Set("documentStatedVerbs");
    private static readonly WordSet Be = new("is", "was");
    private static readonly WordSet Documents = WordLists.Set("documentAnaphors");

    /// <summary>Credits the speakerless figures before each "this is stated in …" sentence to the body it names.</summary>
    public static void Credit(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, List<ClaimDraft> drafts)
    {
        if (!drafts.Exists(Unsourced))
        {
            return;
        }
        var tokens = new List<Token>();
        for (var si = 1; si < sentences.Count && si <= drafts[^1].Sentence + 2; si++)
        {
            if (Body(text, sentences[si], mentions, tokens) is not { } body)
            {
                continue;
            }
            var from = FirstOfParagraph(sentences, si);
            from = from > 0 ? FirstOfParagraph(sentences, from - 1) : from;
            foreach (var draft in drafts)
            {
                if (draft.Sentence >= from && draft.Sentence < si && Unsourced(draft))
                {
                    draft.Source = body.Source;
                    draft.SourceMention = body.Text;
                    draft.Attribution = Attribution.Inherited;
                }
            }
        }
    }

    private static bool Unsourced(ClaimDraft draft) => draft.Source is null && draft.Attribution != Attribution.Extracted;

    // The registered body named after "this is stated in" in the sentence, or null.
    private static SourceMention? Body(string text, Sentence sentence, IReadOnlyList<SourceMention> mentions, List<Token> tokens)
    {
        var at = text.AsSpan(sentence.Start, sentence.End - sentence.Start).IndexOf("this ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }
        if (!MayNameADocument(text.AsSpan(sentence.Start + at, sentence.End - sentence.Start - at)))
        {
            return null;
        }
        Token.Split(text, sentence.Start + at, sentence.End, tokens);
        if (tokens.Count < 5 || !Is(text, tokens[1], Be) || !Is(text, tokens[2], Verbs) || !text.AsSpan(tokens[3].Start, tokens[3].Length).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        // A document noun must stand between "in" and the body: "this was reported in Kharkiv" names a place, no document.
        var document = -1;
        for (var i = 4; i < tokens.Count && document < 0; i++)
        {
            document = Is(text, tokens[i], Documents) ? tokens[i].Start : -1;
        }
        foreach (var mention in mentions)
        {
            if (document >= 0 && mention.Start > document && mention.End <= sentence.End && mention.Source is not null)
            {
                return mention;
            }
        }
        return null;
    }

    // "this week", "this year": most sentences with a "this " name no document after it, and were split to their end to
    // find that out (~0.2 % of the extractor on the bench's corpus, branch `speed31`). A document noun must be one of the
    // tokens after "this"; a token equal (OrdinalIgnoreCase) to a list word is that word's characters, which in ASCII text
    // one case-blind search finds. A span with any character outside ASCII ('ſ' folds onto 's') is split as before.
    private static readonly SearchValues<string> DocumentWords = SearchValues.Create([.. Documents.Words], StringComparison.OrdinalIgnoreCase);

    /// <summary>False only when the span is ASCII and holds no document noun's letters anywhere.</summary>
    internal static bool MayNameADocument(ReadOnlySpan<char> span) => span.ContainsAny(DocumentWords) || !Ascii.IsValid(span);

    private static bool Is(string text, Token token, WordSet words) => token.IsWord && words.Contains(text.AsSpan(token.Start, token.Length));

    private static int FirstOfParagraph(List<Sentence> sentences, int si)
    {
        while (si > 0 && sentences[si - 1].Paragraph == sentences[si].Paragraph)
        {
            si--;
        }
        return si;
    }
}
