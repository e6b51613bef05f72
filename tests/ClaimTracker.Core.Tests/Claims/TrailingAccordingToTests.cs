using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="TrailingAccordingTo.KeepsTheCount"/> reads the speaker's first words in place instead of splitting it into
/// an array of copies (issue 10 deliver 4, branch `speed27`): over every run of up to eight words of every test text,
/// and over runs of spaces at either end and between, it must answer as the split it replaced (kept here).
/// </summary>
public sealed class TrailingAccordingToTests
{
    private static readonly WordSet Nouns = WordLists.Set("creditedCountNouns");
    private static readonly WordSet KeeperWords = WordLists.Set("countKeeperWords");
    private static readonly WordSet KeptVerbs = WordLists.Set("countKeptVerbs");

    [Fact]
    public void Keeps_the_count_as_the_split_did_over_every_test_text()
    {
        var keeps = 0;
        foreach (var text in TestDataTexts.All())
        {
            var words = text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                for (var n = 1; n <= 8 && i + n <= words.Length; n++)
                {
                    var speaker = string.Join(' ', words, i, n);
                    var expected = Reference(speaker);
                    Assert.Equal(expected, TrailingAccordingTo.KeepsTheCount(speaker));
                    keeps += expected ? 1 : 0;
                }
            }
        }
        Assert.True(keeps > 0, "No test text keeps a count.");
    }

    [Theory]
    [InlineData("estimates from the ministry")]
    [InlineData("  estimates   from  ")]
    [InlineData("the latest data gathered by the UN")]
    [InlineData("the latest data gathered")]
    [InlineData("the latest   data    gathered   by")]
    [InlineData("the latest data gathered  by the office")]
    [InlineData("data")]
    [InlineData("")]
    [InlineData("     ")]
    [InlineData("a b c d e f g h")]
    [InlineData("a b data compiled by")]
    [InlineData("a b data compiled  ")]
    [InlineData("a b data compiled    by")]
    public void Edge_speakers_answer_as_the_split(string speaker) =>
        Assert.Equal(Reference(speaker), TrailingAccordingTo.KeepsTheCount(speaker));

    // The reading before the cut, word for word.
    private static bool Reference(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k + 1 < words.Length && k < 3; k++)
        {
            if (Nouns.Contains(words[k]))
            {
                var tie = KeptVerbs.Contains(words[k + 1]) && k + 2 < words.Length ? k + 2 : k + 1;
                return KeeperWords.Contains(words[tie]);
            }
        }
        return false;
    }
}
