namespace ClaimTracker.Core.Claims;

/// <summary>A data list of phrases of one or more words ("come home", "across the border"), found in a sentence's tokens.</summary>
internal sealed class WordPhrases(WordSet list)
{
    private readonly string[][] phrases = [.. list.Words.Select(p => p.Split(' '))];

    /// <summary>Whether one of the phrases starts at a token from <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    public bool StartsBetween(string text, List<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(from, 0); i < Math.Min(to, tokens.Count); i++)
        {
            if (Array.Exists(phrases, p => Matches(text, tokens, i, p)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether one of the phrases ends at token <paramref name="last"/> ("in addition to" before a count).</summary>
    public bool EndsAt(string text, List<Token> tokens, int last) =>
        Array.Exists(phrases, p => last - p.Length + 1 >= 0 && Matches(text, tokens, last - p.Length + 1, p));

    /// <summary>The first token of the phrase that ends at token <paramref name="last"/>, or -1.</summary>
    public int StartOfOneEndingAt(string text, List<Token> tokens, int last)
    {
        foreach (var p in phrases)
        {
            if (last - p.Length + 1 >= 0 && Matches(text, tokens, last - p.Length + 1, p))
            {
                return last - p.Length + 1;
            }
        }
        return -1;
    }

    private static bool Matches(string text, List<Token> tokens, int at, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (at + k >= tokens.Count || !tokens[at + k].IsWord
                || !text.AsSpan(tokens[at + k].Start, tokens[at + k].Length).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }
}
