namespace ClaimTracker.Core.Claims;

/// <summary>
/// Each token's folded word hash (<see cref="WordMap{TValue}.HashOf"/>), taken on the first ask and kept for the sentence:
/// the count-phrase rules ask a hundred-odd word sets about the same few tokens, and each set hashed the word again
/// (`speed10`'s Left: the look-ups' own hashing was ~4 % of the extractor). Filled lazily, never up front: `speed8`
/// hashed every token in the tokeniser and only moved the cost there. Only the hash is shared; each set still does its
/// own sieve, probe and compare.
/// </summary>
internal sealed class TokenHashes(int count)
{
    // 0: not taken yet (HashOf is never 0).
    private readonly long[] hashes = new long[count];

    public long At(int token, ReadOnlySpan<char> word)
    {
        var h = hashes[token];
        if (h == 0)
        {
            h = WordMap<bool>.HashOf(word);
            hashes[token] = h;
        }
        return h;
    }
}
