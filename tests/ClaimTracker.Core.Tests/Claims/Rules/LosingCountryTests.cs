using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class LosingCountryTests
{
    [Theory]
    [InlineData("Russia has lost about 1,200 troops over the past day in Russia's war, Kyiv said.", "1,200", "Russian")]
    [InlineData("North Korea has reportedly lost some 2,000 soldiers in the Kursk region.", "2,000", "North Korean")]
    [InlineData("Kyiv loses up to 145 soldiers near the town, the spokesman said.", "145", "Ukrainian")]
    public void The_country_before_a_losing_verb_counts_its_own(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(LosingCountry.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("Russia lost 300 North Korean soldiers in the counter-attack.", "300", "North Korean")]
    [InlineData("The army lost 40 soldiers in the assault.", "40", null)]
    [InlineData("Russia said Ukraine's army had killed 25 soldiers.", "25", null)]
    public void Leaves_an_adjective_or_the_count_s_own_nationality_alone(string text, string number, string? nationality)
    {
        var run = CountPhraseRun.Of(LosingCountry.Rule, text, number);
        Assert.Equal(nationality is null ? [] : [nationality], run.Draft.Nationalities);
    }
}
