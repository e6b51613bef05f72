using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="PastedStatement.Opens"/> turns away a sentence holding none of the statement nouns before its word walk
/// (branch `speed50`): it must answer as the walk alone does, for every sentence of every test text and for made-up
/// lead-ins in each noun, cased and spaced as reports write them.
/// </summary>
public sealed class PastedStatementTests
{
    [Theory]
    [InlineData("The ministry has issued the following press statement, which we publish in full:", true)]
    [InlineData("Below is the text of the communiqué the council adopted.", true)]
    [InlineData("Hereunder the embassy's full DECLARATION:", true)]
    [InlineData("Hereunder the embassy publishes its long DECLARATION:", false)]
    [InlineData("The agency released the following  Release on Monday.", true)]
    [InlineData("Following the statement, the army withdrew.", false)]
    [InlineData("The following day 40 people were wounded.", false)]
    public void A_lead_in_opens_only_with_its_noun(string text, bool opens)
    {
        var sentence = SentenceSplitter.Split(text).First();
        Assert.Equal(opens, PastedStatement.OpensByWords(text, sentence));
        Assert.Equal(opens, PastedStatement.Opens(text, sentence));
    }

    [Fact]
    public void The_gate_answers_as_the_word_walk_for_every_sentence_of_every_test_text()
    {
        var opened = 0;
        var sentences = 0;
        foreach (var text in TestDataTexts.All())
        {
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var walked = PastedStatement.OpensByWords(text, sentence);
                Assert.Equal(walked, PastedStatement.Opens(text, sentence));
                opened += walked ? 1 : 0;
                sentences++;
            }
        }
        Assert.True(opened > 0 && sentences > 10000, $"{opened} of {sentences} sentences open a statement: the check proves nothing.");
    }
}
