using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RefugeesOriginTests
{
    [Theory]
    [InlineData("Agencies in Chad said about 4,800 new arrivals from North Darfur had been registered this week.", "4,800", "Sudanese")]
    [InlineData("The agency has registered more than 520,000 refugees who crossed from Sudan into eastern Chad.", "520,000", "Sudanese")]
    [InlineData("Officials counted 1,300 refugees who had fled from Ukraine into Moldova by Friday.", "1,300", "Ukrainian")]
    public void Refugees_take_the_country_they_came_from(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(RefugeesOrigin.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("More than 700,000 people have crossed from Sudan into South Sudan since April.", "700,000")]
    [InlineData("About 900 refugees arrived in Adre on Sunday, the agency said.", "900")]
    [InlineData("Some 2,000 refugees from Sudanese camps were moved further inland.", "2,000")]
    public void People_crossing_or_refugees_with_no_origin_keep_no_nation(string text, string number)
    {
        var run = CountPhraseRun.Of(RefugeesOrigin.Rule, text, number);
        Assert.Empty(run.Draft.Nationalities);
    }
}
