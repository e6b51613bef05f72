using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ApposedNationalityTests
{
    [Theory]
    [InlineData("At least 21 people, all of them Syrian, were killed.", "21", "Syrian")]
    [InlineData("Some 40 migrants, all of whom were Eritrean, drowned.", "40", "Eritrean")]
    [InlineData("Seven workers, all Thai, were wounded.", "Seven", "Thai")]
    public void A_nationality_apposed_to_the_whole_names_the_counts_people(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(ApposedNationality.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("At least 21 people, most of them Syrian, were killed.", "21")]
    [InlineData("At least 21 people, all of them children, were killed.", "21")]
    [InlineData("About 200 were killed in the strike.", "200")]
    public void A_share_or_no_nationality_is_not_the_whole(string text, string number)
    {
        var run = CountPhraseRun.Of(ApposedNationality.Rule, text, number);
        Assert.Empty(run.Draft.Nationalities);
    }
}
