using System.Runtime.InteropServices;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// The article's tokens, split once (<see cref="Token.Split"/> over the whole text) and shared by the alias scan and the
/// sentence passes, which each walked the article's characters again before (issue 10 item 4: one word walk).
/// A sentence's tokens are a copy of its slice; where a token runs across a sentence's edge ("U.S." or "1.5" cut by the
/// splitter) the sentence is split on its own, as before, since the cut token is another token there.
/// </summary>
internal sealed class ArticleTokens : IDisposable
{
    // One list per thread, given back at the end of each article: a token list per article would add a fifth to the
    // extractor's allocation (12 bytes a token, a token every five or six characters).
    [ThreadStatic]
    private static List<Token>? spare;

    // A list grown by an unusually long text is not kept for the next article.
    private const int LargestKept = 1 << 16;

    // Two lists for a sentence's tokens at a time, kept for the next article as the article's own list is: made afresh
    // each article they were grown again by doubling to the longest sentence (~3.5 % of the extractor's allocation,
    // branch `speed27`). Their readers clear them before each use and keep nothing in them past their article.
    [ThreadStatic]
    private static List<Token>? spareSentence;

    [ThreadStatic]
    private static List<Token>? spareCopy;

    private readonly string text;
    private List<Token>? tokens;
    private List<Token>? sentence;
    private List<Token>? copy;

    private ArticleTokens(string text, List<Token> tokens)
    {
        this.text = text;
        this.tokens = tokens;
    }

    public static ArticleTokens Of(string text)
    {
        var list = spare ?? [];
        spare = null;
        Token.Split(text, 0, text.Length, list);
        return new ArticleTokens(text, list);
    }

    /// <summary>Every token of the article, in order.</summary>
    public ReadOnlySpan<Token> All => CollectionsMarshal.AsSpan(tokens ?? throw new ObjectDisposedException(nameof(ArticleTokens)));

    /// <summary>
    /// A list for the tokens of the sentence being read (the extractor's loop, and the dateline before it), the
    /// article's own until it is disposed; its contents are the last reader's.
    /// </summary>
    public List<Token> SentenceScratch => sentence ??= Take(ref spareSentence);

    /// <summary>A second such list, for <see cref="SentenceTokens"/>' copies, which are made while a sentence is read.</summary>
    public List<Token> CopyScratch => copy ??= Take(ref spareCopy);

    private static List<Token> Take(ref List<Token>? spare)
    {
        var list = spare ?? [];
        spare = null;
        return list;
    }

    /// <summary>
    /// The tokens of text[start..end] into <paramref name="into"/> (cleared first), as <see cref="Token.Split"/> gives them.
    /// The split reads no character past a token's end but the two after it, and those only to join the token on ("1.5",
    /// "U.S."), so every article token inside the span is the split's too, and at a token's start the split goes on as
    /// the article's did: a span whose last token is cut is the article's tokens before it and that token split alone.
    /// </summary>
    public void CopyInto(int start, int end, List<Token> into)
    {
        var all = All;
        var first = FirstEndingAfter(all, start);
        var last = first;
        while (last < all.Length && all[last].Start < end)
        {
            last++;
        }
        if (first < all.Length && all[first].Start < start)
        {
            Token.Split(text, start, end, into);
            return;
        }
        into.Clear();
        if (last > first && all[last - 1].End > end)
        {
            // Only the last token runs past the end (the dateline reads a sentence's first 80 characters): the split
            // would give the tokens before it as they are, so only it is split again, on its own (branch `speed29`).
            into.AddRange(all[first..(last - 1)]);
            Token.SplitOnto(text, all[last - 1].Start, end, into);
            return;
        }
        into.AddRange(all[first..last]);
    }

    // Tokens do not overlap, so their ends rise with their starts.
    private static int FirstEndingAfter(ReadOnlySpan<Token> all, int position)
    {
        var low = 0;
        var high = all.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (all[middle].End <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    public void Dispose()
    {
        GiveBack(ref tokens, ref spare);
        GiveBack(ref sentence, ref spareSentence);
        GiveBack(ref copy, ref spareCopy);
    }

    private static void GiveBack(ref List<Token>? list, ref List<Token>? spare)
    {
        if (list is { Capacity: <= LargestKept })
        {
            spare = list;
        }
        list = null;
    }
}
