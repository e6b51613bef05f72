using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Tests.Sources;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// Every word of every sentence of the test articles, with the count reader that reads it: the corpus the exhaustive
/// metric tests walk (the gate in <see cref="MetricTriggersTests"/>, the memo's limits in <see cref="MetricLimitTests"/>).
/// </summary>
internal static class TestArticleWords
{
    public static IEnumerable<(PeopleCountReader Reader, int Index, int Count)> All()
    {
        foreach (var text in AliasWordsTests.TestTexts())
        {
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var tokens = new List<Token>();
                Token.Split(text, sentence.Start, sentence.End, tokens);
                var reader = new PeopleCountReader(text, tokens, sentence, 0);
                for (var i = 0; i < tokens.Count; i++)
                {
                    yield return (reader, i, tokens.Count);
                }
            }
        }
    }
}
