namespace ClaimTracker.Core.Claims;

/// <summary>
/// <see cref="Nationality.At"/>'s answers for one sentence's tokens, each worked out on its first ask. The answer reads
/// only the sentence's text and tokens, yet <see cref="NationalityBeforeCount"/> asks every capitalised word left of a
/// count up to three times (once for each phrase that could end on the word it walks back over), and again for every
/// count of the sentence; branch `speed16` found that rule a fifth of the count-phrase rules' time, nearly all of it
/// these repeats (branch `speed17`). Every count-phrase rule asks through the reader, so the rules share the answers.
/// </summary>
internal sealed class NationalityMemo(string text, List<Token> tokens)
{
    private readonly (Nationality Nationality, int Tokens)?[] answers = new (Nationality Nationality, int Tokens)?[tokens.Count];
    private readonly bool[] read = new bool[tokens.Count];

    /// <summary>The nationality named from token <paramref name="index"/> on, as <see cref="Nationality.At"/> gives it.</summary>
    public (Nationality Nationality, int Tokens)? At(int index)
    {
        // Off either end the answer is At's own (none past the end; an index before the start throws, as it did).
        if ((uint)index >= (uint)read.Length)
        {
            return Nationality.At(text, tokens, index);
        }
        if (!read[index])
        {
            answers[index] = Nationality.At(text, tokens, index);
            read[index] = true;
        }
        return answers[index];
    }
}
