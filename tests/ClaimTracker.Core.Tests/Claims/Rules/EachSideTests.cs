using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class EachSideTests
{
    [Theory]
    [InlineData("Russia and Ukraine each released 205 prisoners of war on Tuesday.", "205")]
    [InlineData("Ukraine and Russia exchanged 95 prisoners of war each on Friday.", "95")]
    [InlineData("Russia, Ukraine swap 205 prisoners each", "205")]
    public void A_count_each_of_two_sides_gives_counts_both_peoples(string text, string number)
    {
        var run = CountPhraseRun.Of(EachSide.Rule, text, number);
        Assert.Equal(["Russian", "Ukrainian"], run.Draft.Nationalities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_each_the_count_takes_no_second_people()
    {
        var run = CountPhraseRun.Of(EachSide.Rule, "Russia and Ukraine said 205 prisoners of war were freed on Tuesday.", "205");
        Assert.Empty(run.Draft.Nationalities);
    }
}
