using System.Buffers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Ministry of Foreign Affairs in Port Sudan has issued the following press statement, which we publish in full",
/// "Hereunder the agency publishes the text of the statement:", then the statement pasted under its letterhead
/// (Republic / Ministry / Office of the Spokesperson / Press Statement) and "[End of statement]": outlets and embassies
/// paste a body's statement whole, and its figures stand paragraphs below the lead-in with no speaker of their own. The
/// body the lead-in opens with speaks for the whole pasted text: the letterhead's short lines are no crossheads that end
/// its thread, nor is a paragraph that narrates (the statement's own narration is the body's). The block ends at its end
/// line, at page furniture or a crosshead after the text has begun. Words as data (page.json <c>pastedTextLeads</c>,
/// <c>pastedTextNouns</c>, <c>pastedTextEnds</c>). Met in Sudan's Foreign Ministry statements pasted by BL News,
/// SUNA, allafrica and sudanembassy.de (Unseen75 blnews-sudan-mfa-press-statement). Golden cases:
/// a_pasted_statement_speaks_for_its_body, a_statement_only_mentioned_pastes_nothing.
/// </summary>
internal static class PastedStatement
{
    // "the following", "text of", "hereunder": one word or a pair of words ("Following the statement, …" is no lead).
    private static readonly WordSet Leads = WordLists.Set("pastedTextLeads");
    private static readonly WordSet Nouns = WordLists.Set("pastedTextNouns");
    private static readonly WordSet Ends = WordLists.Set("pastedTextEnds");

    // A sentence opens a pasted text only with one of the nouns as a whole word, so the noun stands somewhere in it as
    // characters: a search of the sentence for them (OrdinalIgnoreCase, as the set compares) turns away nearly every
    // sentence of every article before the word walk, which was 3.5 % of the extractor (session 50, branch `speed50`).
    private static readonly SearchValues<string> NounText = SearchValues.Create([.. Nouns.Words], StringComparison.OrdinalIgnoreCase);

    // "the following press statement", "the text of the statement": the noun a few words after the lead word.
    private const int NounReach = 4;

    /// <summary>Whether the sentence introduces a statement pasted under it ("has issued the following statement").</summary>
    public static bool Opens(string text, Sentence sentence)
    {
        if (text.AsSpan(sentence.Start, sentence.End - sentence.Start).IndexOfAny(NounText) < 0)
        {
            return false;
        }
        return OpensByWords(text, sentence);
    }

    // The word walk itself: a lead ("the following", "text of"), then a noun within reach.
    internal static bool OpensByWords(string text, Sentence sentence)
    {
        var lead = -1;
        var index = 0;
        ReadOnlySpan<char> previous = default;
        // Asked of every sentence of every article: words are read as spans, the pair "text of" in a buffer, nothing allocated.
        Span<char> pair = stackalloc char[PairLength];
        foreach (var word in new SpacedWords(text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
        {
            var bare = word.Trim(",.:;\"“”()");
            if (lead >= 0 && index - lead <= NounReach && Nouns.Contains(bare))
            {
                return true;
            }
            if (Leads.Contains(bare) || IsLeadPair(previous, bare, pair))
            {
                lead = index;
            }
            previous = bare;
            index++;
        }
        return false;
    }

    // The longest two-word lead the list may hold; longer pairs are no lead.
    private const int PairLength = 48;

    private static bool IsLeadPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second, Span<char> pair)
    {
        if (first.IsEmpty || first.Length + 1 + second.Length > pair.Length)
        {
            return false;
        }
        first.CopyTo(pair);
        pair[first.Length] = ' ';
        second.CopyTo(pair[(first.Length + 1)..]);
        return Leads.Contains(pair[..(first.Length + 1 + second.Length)]);
    }

    /// <summary>Whether the line closes the pasted text ("[End of statement]", "-- Ends --").</summary>
    public static bool Closes(string text, Sentence sentence)
    {
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim().Trim("[]()-–—. ").Trim();
        return !line.IsEmpty && Ends.Contains(line);
    }
}
