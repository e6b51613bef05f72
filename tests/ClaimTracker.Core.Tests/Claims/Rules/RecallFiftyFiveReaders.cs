using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>A one-sentence reader for the word-level rules of branch recall55.</summary>
internal static class RecallFiftyFiveReaders
{
    public static PeopleCountReader Of(string text)
    {
        var sentence = SentenceSplitter.Split(text).Single();
        var tokens = new List<Token>();
        Token.Split(text, sentence.Start, sentence.End, tokens);
        return new PeopleCountReader(text, tokens, sentence, 0);
    }

    public static int IndexOf(PeopleCountReader reader, string word)
    {
        for (var i = 0; i < reader.Tokens.Count; i++)
        {
            if (reader.Is(i, word))
            {
                return i;
            }
        }
        throw new ArgumentException($"\"{word}\" is not in the sentence.");
    }
}
