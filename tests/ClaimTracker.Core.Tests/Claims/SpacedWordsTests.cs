using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// A text's words read as spans between spaces give what <c>Split(' ', StringSplitOptions.RemoveEmptyEntries)</c> gave
/// the resolvers and count rules that now read them so (issue 10 item 4): runs of spaces and spaces at either end
/// skipped, no words in an empty or all-space text, the last word the split's last.
/// </summary>
public sealed class SpacedWordsTests
{
    [Theory]
    [InlineData("the health ministry")]
    [InlineData("  Lebanese  security sources ")]
    [InlineData("sources,")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\tb c")]
    public void The_words_are_the_split_s(string text)
    {
        var read = new List<string>();
        foreach (var word in new SpacedWords(text))
        {
            read.Add(word.ToString());
        }
        var split = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(split, read);
        Assert.Equal(split.Length > 0 ? split[^1] : "", SpacedWords.Last(text).ToString());
    }
}
