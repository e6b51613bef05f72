using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class LiveEntryTests
{
    [Theory]
    [InlineData("14:05", true)]
    [InlineData("16:20 GMT", true)]
    [InlineData("9:38 am", true)]
    [InlineData("13:30:01", true)]
    [InlineData("15:25, Jane Doe", true)]
    [InlineData("07.05 BST", true)]
    [InlineData("14:05 Kharkiv: injured count rises", false)]
    [InlineData("Updated at 16:35: an earlier version of this post said ten.", false)]
    [InlineData("1,020 troops", false)]
    public void A_line_with_only_a_clock_opens_an_entry(string line, bool stamp)
    {
        var sentence = new Sentence(0, line.Length, 0, 0, false);
        Assert.Equal(stamp, LiveEntry.IsStamp(line, sentence));
    }

    [Fact]
    public void An_entry_runs_from_its_clock_line_and_a_page_without_one_has_none()
    {
        const string live = "Page headline\n\n10:20\n\nKharkiv\n\nNine people were hurt, the governor said.";
        var sentences = SentenceSplitter.Split(live);
        var last = sentences.Count - 1;
        Assert.True(LiveEntry.IsStamp(live, sentences[LiveEntry.Opening(live, sentences, last)]));

        const string plain = "Page headline\n\nNine people were hurt, the governor said.";
        var plainSentences = SentenceSplitter.Split(plain);
        Assert.Equal(-1, LiveEntry.Opening(plain, plainSentences, plainSentences.Count - 1));
    }
}
