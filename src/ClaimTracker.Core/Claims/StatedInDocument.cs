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
        var sourced = SourcedSpans(mentions);
        for (var si = 1; si < sentences.Count && si <= drafts[^1].Sentence + 2; si++)
        {
            if (!HoldsSourced(sourced, sentences[si]) || Body(text, sentences[si], mentions, tokens) is not { } body)
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

    // Body answers only with a registered mention inside the sentence (after its start, ending by its end), so a sentence
    // with none is not searched for "this " and split from there: most sentences of an article whose figures have no
    // source yet (~0.5 % of the extractor on the bench's corpus, branch `speed31`). The sourced mentions' spans, by start.
    internal static (int[] Starts, int[] Ends) SourcedSpans(IReadOnlyList<SourceMention> mentions)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        foreach (var mention in mentions)
        {
            if (mention.Source is not null)
            {
                starts.Add(mention.Start);
                ends.Add(mention.End);
            }
        }
        var (s, e) = (starts.ToArray(), ends.ToArray());
        Array.Sort(s, e);
        return (s, e);
    }

    // Whether a sourced span starts after the sentence's start and ends by its end: the first starting after it is found
    // by halving, and every one starting by its end is asked (one may end past the sentence and the next not).
    internal static bool HoldsSourced((int[] Starts, int[] Ends) sourced, Sentence sentence)
    {
        var (starts, ends) = sourced;
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (starts[mid] > sentence.Start)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        for (var k = lo; k < starts.Length && starts[k] <= sentence.End; k++)
        {
            if (ends[k] <= sentence.End)
            {
                return true;
            }
        }
        return false;
    }

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
