using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="DiseaseCases"/>, read through <see cref="BareCount"/>.</summary>
public sealed class DiseaseCasesTests
{
    [Theory]
    [InlineData("Clinics in the camps logged 4,410 suspected measles cases last month.", "4,410")]
    [InlineData("\"Over 61,200 cases and more than 1,730 deaths have been recorded,\" the spokesperson said.", "61,200")]
    [InlineData("In the east, 812 cases with 27 deaths were reported last week.", "812")]
    [InlineData("Cholera keeps spreading: 930 new cases were confirmed in Kosti.", "930")]
    [InlineData("Doctors confirmed 75 cases of mpox in the shelters.", "75")]
    public void Cases_of_an_outbreak_count_the_people_who_fell_ill(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number);
        Assert.True(run.Kept);
        Assert.Equal("people", run.Draft.Noun);
        Assert.Equal(Metric.Other, run.Phrase.NamedMetric);
    }

    [Theory]
    [InlineData("The court heard 40 cases last year, the judge said.", "40")]
    [InlineData("Customs officers seized 120 cases of ammunition at the port.", "120")]
    [InlineData("The charity opened 12 new cases for families this month.", "12")]
    public void Cases_that_are_no_illness_count_nobody(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number);
        Assert.False(run.Kept && run.Phrase.NamedMetric == Metric.Other);
    }
}
