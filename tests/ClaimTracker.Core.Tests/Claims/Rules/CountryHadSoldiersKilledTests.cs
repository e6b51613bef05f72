using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CountryHadSoldiersKilledTests
{
    [Theory]
    [InlineData("He wrote that Russia had close to 500,000 soldiers killed and wounded.", "500,000", "Russian")]
    [InlineData("Officials said Ukraine has had some 35,000 troops wounded this year.", "35,000", "Ukrainian")]
    [InlineData("Analysts say Moscow had about 9,000 soldiers captured in the campaign.", "9,000", "Russian")]
    public void The_country_that_had_its_soldiers_killed_counts_its_own(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(CountryHadSoldiersKilled.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    // A nationality in the count's own words stays.
    [InlineData("Russia had 300 North Korean soldiers killed in the assault.", "300")]
    // No country before the verb.
    [InlineData("The brigade had 40 soldiers killed in the assault.", "40")]
    public void Leaves_another_nation_or_no_country_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(CountryHadSoldiersKilled.Rule, text, number);
        Assert.DoesNotContain("Russian", run.Draft.Nationalities);
    }
}
