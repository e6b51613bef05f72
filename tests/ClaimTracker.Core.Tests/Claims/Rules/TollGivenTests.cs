using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class TollGivenTests
{
    [Theory]
    [InlineData("The State Emergency Service gave a toll of 31.", "The State Emergency Service")]
    [InlineData("Lebanon's health ministry has raised the toll from the blasts to 20 dead.", "Lebanon's health ministry")]
    [InlineData("The civil defence agency revised its death toll to 14.", "The civil defence agency")]
    public void The_body_that_gives_the_toll_is_the_speaker(string text, string speaker)
    {
        var run = AttributionRun.Of(TollGiven.Frame, text, "toll");
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
    }

    [Theory]
    [InlineData("The toll rose to 31 overnight.")]
    [InlineData("Shelling killed 12, raising the toll to 40.")]
    public void Leaves_a_toll_no_one_gives_alone(string text)
    {
        var run = AttributionRun.Of(TollGiven.Frame, text, "toll");
        Assert.False(run.Read);
        Assert.Empty(run.Found);
    }
}
