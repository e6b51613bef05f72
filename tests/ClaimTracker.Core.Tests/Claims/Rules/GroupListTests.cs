using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class GroupListTests
{
    private static readonly PeopleContext Returned = new(["Ukrainian"], "people", false, Metric.Other, 0, 0);

    [Theory]
    [InlineData("The group included 70 soldiers, 40 national guardsmen and 40 border guards.", "70")]
    [InlineData("The group included 70 soldiers, 40 national guardsmen and 40 border guards.", "40")]
    public void A_count_in_the_list_shares_the_fate_and_people_counted_before(string text, string number)
    {
        var run = CountPhraseRun.Of(GroupList.Rule, text, number, Returned);
        Assert.Equal(Metric.Other, run.Draft.Metric);
        Assert.Equal(["Ukrainian"], run.Draft.Nationalities);
    }

    [Fact]
    public void Leaves_a_count_with_a_fate_of_its_own_alone()
    {
        var run = CountPhraseRun.Of(GroupList.Rule, "The dead included 70 soldiers.", "70", Returned);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void Leaves_a_count_outside_a_list_alone()
    {
        var run = CountPhraseRun.Of(GroupList.Rule, "The army moved 70 soldiers to the border.", "70", Returned);
        Assert.NotEqual(Metric.Other, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Israel is holding 14 Lebanese citizens: nine Hezbollah members and five civilians.", "nine")]
    [InlineData("Israel is holding 14 Lebanese citizens: nine Hezbollah members and five civilians.", "five")]
    public void A_list_after_a_colon_shares_the_fate_of_the_count_before_it(string text, string number)
    {
        var run = CountPhraseRun.Of(GroupList.Rule, text, number);
        Assert.Equal(Metric.Captured, run.Draft.Metric);
    }

    [Fact]
    public void A_label_before_a_colon_opens_no_list()
    {
        var run = CountPhraseRun.Of(GroupList.Rule, "Killed: 7 civilians, 2 of them children - Injured: 87 civilians.", "87");
        Assert.NotEqual(Metric.Killed, run.Draft.Metric);
    }
}
