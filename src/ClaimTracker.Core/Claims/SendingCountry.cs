namespace ClaimTracker.Core.Claims;

/// <summary>
/// "North Korea has sent about 3,000 additional soldiers to Russia … to replace troops lost": the country that is the
/// subject of a sending verb right before a count of soldiers is whose soldiers they are, and the count is a
/// deployment, whatever later words say about losses. Golden: Reporting north-korea-reinforcements.
/// </summary>
internal static class SendingCountry
{
    private const int MaxGap = 4;

    private static readonly WordSet SenderTenses = WordLists.Set("senderTenses");
    private static readonly WordSet SendingVerbs = WordLists.Set("sendingVerbs");

    public static void Give(string text, List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        var tokens = new List<Token>();
        foreach (var draft in drafts)
        {
            if (!draft.Military || draft.Nationalities.Count > 0 || draft.AsideOf is not null)
            {
                continue;
            }
            Token.Split(text, sentences[draft.Sentence].Start, draft.Number.Start, tokens);
            if (Sender(text, tokens) is { } sender)
            {
                draft.Nationalities = [sender.Adjective];
                draft.Metric = Metric.Deployed;
            }
        }
    }

    // The nationality of "North Korea has sent" when the sending verb is among the last few words before the count.
    private static Nationality? Sender(string text, List<Token> tokens)
    {
        var verb = -1;
        for (var k = tokens.Count - 1; k >= 0 && tokens.Count - k <= MaxGap; k--)
        {
            if (tokens[k].IsWord && SendingVerbs.Contains(Word(text, tokens[k])))
            {
                verb = k;
                break;
            }
            if (!tokens[k].IsWord)
            {
                // "of the 11,000 soldiers Pyongyang sent, some 4,000 had been killed": the count is another clause's.
                return null;
            }
        }
        if (verb < 1)
        {
            return null;
        }
        var subjectEnd = verb - 1;
        while (subjectEnd >= 0 && tokens[subjectEnd].IsWord && SenderTenses.Contains(Word(text, tokens[subjectEnd])))
        {
            subjectEnd--;
        }
        for (var i = 0; i <= subjectEnd; i++)
        {
            if (Nationality.At(text, tokens, i) is { } n)
            {
                if (i + n.Tokens - 1 == subjectEnd && char.IsUpper(text[tokens[i].Start]))
                {
                    return n.Nationality;
                }
                i += n.Tokens - 1;
            }
        }
        return null;
    }

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
