using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AsideTests
{
    [Theory]
    [InlineData("Strikes killed 40 people, including 15 children, on Monday.", "15")]
    [InlineData("Some 70 migrants drowned, among them 9 women, the agency said.", "9")]
    public void Reads_a_count_inside_an_aside_as_sharing_the_outer_count(string text, string number)
    {
        var run = CountPhraseRun.Of(Aside.Rule, text, number);
        Assert.True(run.Phrase.InAside);
        Assert.Same(run.Phrase.Previous, run.Phrase.Like);
    }

    [Fact]
    public void After_an_aside_a_count_goes_on_from_the_outer_one()
    {
        var run = CountPhraseRun.Of(Aside.Rule, "Strikes killed 40 people, including 15 children, and wounded 60 others.", "60");
        Assert.False(run.Phrase.InAside);
        Assert.Equal(40, run.Phrase.Like!.Number.Value);
    }

    [Fact]
    public void Leaves_a_first_count_alone()
    {
        var run = CountPhraseRun.Of(Aside.Rule, "Including reservists, 5,000 soldiers were mobilised.", "5,000");
        Assert.False(run.Phrase.InAside);
        Assert.Null(run.Phrase.Like);
    }
}
