namespace ClaimTracker.Core.Sources;

/// <summary>
/// Walks the words of a text (runs of letters and digits; dotted initialisms like "U.S." stay one word).
/// Apostrophes and hyphens split words, so "Korea’s" and "Korea's" read alike.
/// </summary>
internal ref struct WordScanner(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;
    private int position;

    /// <summary>A scanner that starts reading at <paramref name="from"/>, a word's start or the space before one.</summary>
    public WordScanner(ReadOnlySpan<char> text, int from) : this(text)
    {
        position = from;
    }

    public int Start { get; private set; }
    public int End { get; private set; }

    /// <summary>The current word is a dotted initialism ("U.S."), the only kind of word with dots in it.</summary>
    public bool IsInitialism { get; private set; }
    public readonly ReadOnlySpan<char> Current => text[Start..End];

    public bool MoveNext()
    {
        var i = position;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }
        if (i >= text.Length)
        {
            position = i;
            return false;
        }
        Start = i;
        var pairs = 0;
        var j = i;
        while (j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.'
               && (j + 2 >= text.Length || !char.IsLetterOrDigit(text[j + 2]) || (j + 3 < text.Length && text[j + 3] == '.')))
        {
            j += 2;
            pairs++;
        }
        IsInitialism = pairs >= 2;
        if (IsInitialism)
        {
            i = j;
        }
        else
        {
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
        }
        End = i;
        position = i;
        return true;
    }

    // Most text is ASCII: answer it without the Unicode tables.
    private static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>The word as a lookup key: lower case, dots dropped ("U.S." → "us").</summary>
    public static string Key(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (c != '.')
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }
        return new string(buffer[..n]);
    }
}
