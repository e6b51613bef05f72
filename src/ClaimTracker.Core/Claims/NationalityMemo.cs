namespace ClaimTracker.Core.Claims;

/// <summary>
/// <see cref="Nationality.At"/>'s answers for one sentence's tokens, each worked out on its first ask and kept. Every
/// count of a sentence walks back over the words before it asking each of them (and the two before it) which people
/// it names (<see cref="NationalityBeforeCount"/>), so a sentence of several counts asked the same words three times
/// a count (branch `speed24`: the walk was ~1.3 % of the extractor's CPU, half of it in <c>Nationality.At</c>). The
/// answer depends on the text and the token only, and a sentence's tokens do not change while its counts are read.
/// </summary>
internal sealed class NationalityMemo(string text, List<Token> tokens)
{
    // One int a token, not a nullable (reference, int) pair and a flag (25 bytes a token, ~5 % of the extractor's
    // allocation, branch `speed27`): 0 not asked yet, 1 asked and no nationality starts there, k + 2 the k-th answer
    // in `named`. Answers are few (a sentence names a handful of peoples), so their list is made at the first.
    private readonly int[] slot = new int[tokens.Count];
    private List<(Nationality Nationality, int Tokens)>? named;

    // The tokens before this one have all been asked; first is the first of them that starts a nationality, or -1.
    private int scanned;
    private int first = -1;

    /// <summary>The nationality that starts at token <paramref name="s"/>, as <see cref="Nationality.At"/> gives it.</summary>
    public (Nationality Nationality, int Tokens)? At(int s)
    {
        if ((uint)s >= (uint)slot.Length)
        {
            return Nationality.At(text, tokens, s);
        }
        if (slot[s] == 0)
        {
            if (Nationality.At(text, tokens, s) is { } answer)
            {
                named ??= [];
                named.Add(answer);
                slot[s] = named.Count + 1;
            }
            else
            {
                slot[s] = 1;
            }
        }
        return slot[s] == 1 ? null : named![slot[s] - 2];
    }

    /// <summary>
    /// Whether a nationality starts at some token before <paramref name="end"/>: without one, no phrase can end before
    /// it either, so a walk back from <paramref name="end"/> that only answers with such a phrase can be skipped.
    /// </summary>
    public bool AnyBefore(int end)
    {
        while (first < 0 && scanned < end && scanned < slot.Length)
        {
            if (At(scanned) is not null)
            {
                first = scanned;
            }
            scanned++;
        }
        return first >= 0 && first < end;
    }
}
