using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class BodysOwnWorkTests
{
    [Theory]
    [InlineData("WFP has so far reached 12,400 displaced people in Port Sudan.", "reached", "WFP")]
    [InlineData("UNICEF and partners have trucked clean water to around 18,000 people.", "trucked", "UNICEF")]
    [InlineData("IOM mobile teams have registered 1,870 newly arrived displaced persons.", "registered", "IOM")]
    [InlineData("Since the blackout, MSF has treated 61 wounded people.", "treated", "MSF")]
    public void A_body_counting_its_own_work_is_the_source(string text, string cue, string speaker)
    {
        var run = AttributionRun.Of(BodysOwnWork.Frame, text, cue);
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
    }

    [Theory]
    [InlineData("Some 1,870 displaced persons registered with IOM on Tuesday.", "registered")]
    [InlineData("A convoy carrying WFP food reached 3,000 people in Tawila.", "reached")]
    [InlineData("Families who fled to camps supported by UNICEF reached 9,000.", "reached")]
    [InlineData("Fighters reached the outskirts of the town.", "reached")]
    public void Leaves_work_no_body_opens_alone(string text, string cue)
    {
        var run = AttributionRun.Of(BodysOwnWork.Frame, text, cue);
        Assert.False(run.Read);
        Assert.Empty(run.Found);
    }
}
