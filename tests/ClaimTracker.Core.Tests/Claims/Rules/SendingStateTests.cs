using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SendingStateTests
{
    [Fact]
    public void Troops_sent_by_a_government_are_of_its_country()
    {
        var run = CountPhraseRun.Of(SendingState.Rule, "The Pentagon has already sent 1,500 soldiers to the border.", "1,500");
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
        Assert.Equal(["American"], run.Draft.Nationalities);
    }

    [Fact]
    public void Troops_the_north_sends_are_of_the_country_the_article_spelled_out()
    {
        var run = CountPhraseRun.Of(SendingState.Rule, "The spy agency believes the North sent about 11,000 soldiers last autumn, though North Korea has kept silent.", "11,000");
        Assert.Equal(["North Korean"], run.Draft.Nationalities);
    }

    [Fact]
    public void Leaves_troops_sent_by_no_known_sender_alone()
    {
        var run = CountPhraseRun.Of(SendingState.Rule, "The coalition has already sent 1,500 soldiers to the border.", "1,500");
        Assert.Empty(run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("\"North Korea helped Russia to retake the region by sending 13,000 troops,\" the lawmaker said.", "13,000", "North Korean")]
    [InlineData("Pyongyang has assisted Moscow in the war by deploying about 2,000 soldiers.", "2,000", "North Korean")]
    public void Troops_sent_as_the_means_of_help_are_the_helpers(string text, string number, string people)
    {
        var run = CountPhraseRun.Of(SendingState.Rule, text, number);
        Assert.Equal([people], run.Draft.Nationalities);
    }
}
