using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ReleaseListTests
{
    [Theory]
    [InlineData("Under the agreement, 1,150 prisoners were due for release on Monday, 980 of them detainees arrested in Gaza.", "1,150")]
    [InlineData("Under the agreement, 1,150 prisoners were due for release on Monday, 980 of them detainees arrested in Gaza.", "980")]
    [InlineData("Israel published the list of 95 prisoners it intends to free, along with 640 Gazans detained since the war began.", "95")]
    [InlineData("Israel published the list of 95 prisoners it intends to free, along with 640 Gazans detained since the war began.", "640")]
    public void A_release_list_and_its_parts_are_freed_people_to_come(string text, string number)
    {
        var run = CountPhraseRun.Of(ReleaseList.Rule, text, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }

    [Theory]
    [InlineData("Zelensky said another 120 are due to be released next week.", "120")]
    [InlineData("Police arrested 40 protesters, including 12 students.", "12")]
    public void A_passive_timetable_or_an_arrest_stays_as_read(string text, string number)
    {
        var run = CountPhraseRun.Of(ReleaseList.Rule, text, number);
        Assert.NotEqual(Metric.Other, run.Draft.Metric);
    }

    [Fact]
    public void A_past_were_to_be_released_is_the_release_list()
    {
        var run = CountPhraseRun.Of(ReleaseList.Rule, "About 540 Palestinian prisoners were to be released overnight, most of them to Gaza.", "540");
        Assert.Equal(Metric.Other, run.Draft.Metric);
        Assert.Equal(ClaimStatus.Planned, run.Draft.Status);
    }
}
