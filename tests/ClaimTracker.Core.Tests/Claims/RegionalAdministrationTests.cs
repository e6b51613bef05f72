using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="RegionalAdministration"/> reads a chief's region before the title ("Sumy regional chief") only when
/// <see cref="RegionalAdministration.LevelBefore"/> finds the level word and one space there (issue 10 deliver 4): the
/// gate must hold wherever the pattern matches, or a region's head would go unread.
/// </summary>
public sealed class RegionalAdministrationTests
{
    [Theory]
    [InlineData("Sumy regional chief", true)]
    [InlineData("Kharkiv Oblast head", true)]
    [InlineData("the Kherson region's leader", true)]
    [InlineData("the Kherson Region’s leader", true)]
    [InlineData("the regional police chief", false)]
    [InlineData("Sumy regional  chief", false)]
    [InlineData("the army chief", false)]
    public void The_level_word_stands_right_before_the_title(string text, bool level) =>
        Assert.Equal(level, RegionalAdministration.LevelBefore(text, text.LastIndexOf(' ') + 1));

    [Fact]
    public void Every_title_the_pattern_reads_back_from_has_its_level_word_before_it()
    {
        var texts = TestDataTexts.All();
        var matched = 0;
        foreach (var text in texts)
        {
            foreach (var title in WordLists.Set("regionalChiefTitles").Words)
            {
                for (var at = text.IndexOf(title, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(title, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var from = Math.Max(0, at - 80);
                    if (RegionalAdministration.ChiefBefore().Match(text, from, at - from).Success)
                    {
                        Assert.True(RegionalAdministration.LevelBefore(text, at));
                        matched++;
                    }
                }
            }
        }
        Assert.True(matched > 0, "No test text names a region's chief before the title.");
    }
}
