using System.Runtime.CompilerServices;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Sources;

/// <summary>
/// The words <see cref="WordScanner"/> finds in a text, read off the text's tokens instead of its characters: a word
/// token without dots or commas (not <see cref="Token.Joined"/>) is one such word. In a token with them ("U.S.", "10,000", "A.B") the scanner reads the
/// words itself, from the token's start, as long as they start inside the tokens it has run over.
/// </summary>
internal ref struct AliasWords(string text, ReadOnlySpan<Token> tokens)
{
    private readonly string text = text;
    private readonly ReadOnlySpan<Token> tokens = tokens;
    private int next;
    private WordScanner inner;
    private bool inside;
    // The end of the last token the inner scanner has run over.
    private int insideUntil;

    public int Start { get; private set; }
    public int End { get; private set; }
    public bool IsInitialism { get; private set; }

    /// <summary>
    /// The word is a plain word that <see cref="MoveNextCandidate"/>'s sieve let through (at or past its resume point),
    /// not one read inside a token with dots or commas: its caller need not ask the same sieve again.
    /// </summary>
    public bool Sieved { get; private set; }
    public readonly ReadOnlySpan<char> Current => text.AsSpan(Start, End - Start);

    public bool MoveNext() => Next(null, 0);

    /// <summary>
    /// As <see cref="MoveNext"/>, but passes over the plain words (a token without dots or commas) that start before
    /// <paramref name="resumeAt"/> or that <paramref name="sieve"/> turns away: the words <see cref="AliasTrie"/>'s scan
    /// would step over one by one. Most words of a text are such words, and this small loop passes them with few
    /// registers, where the scan's own loop kept its many locals on the stack (issue 10 deliver 4). A word inside a
    /// token with dots or commas is still given, whatever it is: the caller asks it as before.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool MoveNextCandidate(WordSieve? sieve, int resumeAt) => Next(sieve, resumeAt);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Next(WordSieve? sieve, int resumeAt)
    {
        if (inside && ReadInside())
        {
            return true;
        }
        inside = false;
        while (next < tokens.Length)
        {
            var token = tokens[next++];
            if (!token.IsWord)
            {
                continue;
            }
            if (!token.Joined)
            {
                if (token.Start < resumeAt || (sieve is not null && !sieve.MayContain(text.AsSpan(token.Start, token.End - token.Start))))
                {
                    continue;
                }
                (Start, End, IsInitialism, Sieved) = (token.Start, token.End, false, sieve is not null);
                return true;
            }
            inner = new WordScanner(text, token.Start);
            inside = true;
            insideUntil = token.End;
            if (ReadInside())
            {
                return true;
            }
            inside = false;
        }
        return false;
    }

    private bool ReadInside()
    {
        if (!inner.MoveNext() || inner.Start >= insideUntil)
        {
            return false;
        }
        (Start, End, IsInitialism, Sieved) = (inner.Start, inner.End, inner.IsInitialism, false);
        // A scanner's word may run on into the next tokens ("A.B.C": the tokens "A.B." and "C"): they are its too.
        while (next < tokens.Length && tokens[next].Start < End)
        {
            insideUntil = Math.Max(insideUntil, tokens[next++].End);
        }
        return true;
    }
}
