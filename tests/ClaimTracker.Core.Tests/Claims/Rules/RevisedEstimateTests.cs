using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RevisedEstimateTests
{
    [Theory]
    [InlineData("South Korea's Joint Chiefs of Staff raised its own estimate of the casualties to 4,000.", "South Korea's Joint Chiefs of Staff")]
    [InlineData("The UN revised its estimate of the dead to 1,200.", "The UN")]
    public void The_one_who_revised_its_estimate_is_the_speaker(string text, string speaker)
    {
        var run = AttributionRun.Of(RevisedEstimate.Frame, text, "estimate");
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
    }

    [Fact]
    public void Leaves_an_estimate_as_a_verb_alone()
    {
        var run = AttributionRun.Of(RevisedEstimate.Frame, "Analysts estimate that 4,000 soldiers were wounded.", "estimate");
        Assert.False(run.Read);
        Assert.Empty(run.Found);
    }
}
