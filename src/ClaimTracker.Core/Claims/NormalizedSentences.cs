namespace ClaimTracker.Core.Claims;

/// <summary>
/// The normalized sentences <see cref="RepeatFinder"/> compares, written one after another into one character buffer
/// and named by (start, length) in it, which is also how it compares them (ordinal, by content). A string per sentence
/// with a digit was before this a large share of the extractor's string allocation (issue 10 item 4); the buffer is
/// kept per thread from one article to the next, unless an unusually long article grew it.
/// </summary>
internal sealed class NormalizedSentences : IEqualityComparer<(int Start, int Length)>
{
    [ThreadStatic]
    private static NormalizedSentences? spare;

    // A buffer grown by an unusually long text is not kept for the next article.
    private const int LargestKept = 1 << 16;

    private char[] chars = new char[1024];
    private int used;

    /// <summary>An empty buffer: this thread's spare one, or a new one; give it back with <see cref="Return"/>.</summary>
    public static NormalizedSentences Rent()
    {
        var normals = spare ?? new NormalizedSentences();
        spare = null;
        normals.used = 0;
        return normals;
    }

    public void Return()
    {
        if (chars.Length <= LargestKept)
        {
            spare = this;
        }
    }

    /// <summary>Appends the normalized form of <paramref name="sentence"/> (<see cref="RepeatFinder.Normalize"/>) and names it.</summary>
    public (int Start, int Length) Add(ReadOnlySpan<char> sentence)
    {
        if (chars.Length - used < sentence.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, used + sentence.Length));
        }
        var length = RepeatFinder.Normalize(sentence, chars.AsSpan(used));
        var key = (used, length);
        used += length;
        return key;
    }

    /// <summary>Forgets the sentence last added, which nothing will be compared with.</summary>
    public void DropLast((int Start, int Length) key) => used = key.Start;

    public ReadOnlySpan<char> Of((int Start, int Length) key) => chars.AsSpan(key.Start, key.Length);

    public bool Equals((int Start, int Length) x, (int Start, int Length) y) => Of(x).SequenceEqual(Of(y));

    public int GetHashCode((int Start, int Length) key) => string.GetHashCode(Of(key));
}
