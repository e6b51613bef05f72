using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ListUnderAnAmongFrameTests
{
    [Theory]
    [InlineData("Among the Palestinians killed on Monday were at least three children, eight women and an off-duty nurse.", "eight", Metric.Killed)]
    [InlineData("The minister said six firefighters from the State Emergency Service, two medical workers and a police officer were among those hurt.", "six", Metric.Wounded)]
    public void Every_item_of_a_list_in_an_among_frame_takes_the_frames_fate(string text, string number, Metric expected)
    {
        var run = CountPhraseRun.Of(ListUnderAnAmongFrame.Rule, text, number);
        Assert.Equal(expected, run.Draft.Metric);
    }

    [Fact]
    public void A_fronted_frames_demonym_names_the_items_nation()
    {
        var run = CountPhraseRun.Of(ListUnderAnAmongFrame.Rule, "Among the Palestinians killed on Monday were at least three children, eight women and an off-duty nurse.", "eight");
        Assert.Contains("Palestinian", run.Draft.Nationalities);
    }
}
