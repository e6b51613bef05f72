namespace ClaimTracker.Core.Claims;

/// <summary>
/// The words of a speaker's or a noun's text between single spaces, empty ones skipped: what
/// <c>Split(' ', StringSplitOptions.RemoveEmptyEntries)</c> gives, read as spans. The resolvers and count rules that
/// only test each word against a word list made an array and a string per word for it, once per attributor or draft
/// (issue 10 item 4; docs/performance.md, "Extractor allocation, session 32", Left).
/// </summary>
internal ref struct SpacedWords(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;
    private int next;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly SpacedWords GetEnumerator() => this;

    public bool MoveNext()
    {
        while (next < text.Length)
        {
            var rest = text[next..];
            var space = rest.IndexOf(' ');
            var length = space < 0 ? rest.Length : space;
            next += length + 1;
            if (length > 0)
            {
                Current = rest[..length];
                return true;
            }
        }
        return false;
    }

    /// <summary>The last word, or an empty span when there is none.</summary>
    public static ReadOnlySpan<char> Last(ReadOnlySpan<char> text)
    {
        var last = ReadOnlySpan<char>.Empty;
        foreach (var word in new SpacedWords(text))
        {
            last = word;
        }
        return last;
    }
}
