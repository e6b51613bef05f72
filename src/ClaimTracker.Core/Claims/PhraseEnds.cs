namespace ClaimTracker.Core.Claims;

/// <summary>
/// The first and last words of a data list of phrases (<see cref="WordPhrases"/>): a phrase can only start at its first
/// word and end at its last, so a token that is neither turns the phrase search away in one set look-up, before it
/// compares every phrase there. The people rules ask it for every count (<see cref="Homecoming"/> over the six words
/// after the count, <see cref="CarryingOff"/> at the verb before it), and the speaker rules for every reporting verb
/// (<see cref="SceneAfterSpeaker"/>); hardly any of those words opens or closes a phrase (branch `speed24`, issue 10
/// deliver 4).
/// </summary>
internal sealed class PhraseEnds(WordSet list)
{
    private readonly WordSet first = new([.. Words(list).Select(p => p[0])]);
    private readonly WordSet last = new([.. Words(list).Select(p => p[^1])]);

    // Each phrase's words; a phrase with a doubled or outer space matches nowhere in WordPhrases, so its outer words
    // only let more tokens through.
    private static IEnumerable<string[]> Words(WordSet list) =>
        list.Words.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0);

    /// <summary>Whether a phrase may start at a token from <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    public bool MayStartBetween(string text, List<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(from, 0); i < Math.Min(to, tokens.Count); i++)
        {
            if (tokens[i].IsWord && first.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a phrase may end at token <paramref name="i"/>.</summary>
    public bool MayEndAt(string text, List<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].IsWord && last.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length));
}
