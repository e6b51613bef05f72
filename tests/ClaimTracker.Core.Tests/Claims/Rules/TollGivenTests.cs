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
    [InlineData("By nightfall, the ministry had raised the number of dead to 9.", "number", "the ministry")]
    [InlineData("The government media office gave an earlier figure of 208 dead.", "figure", "The government media office")]
    [InlineData("The ministry had earlier given a toll of 64 dead.", "toll", "The ministry")]
    [InlineData("The health ministry issued a preliminary tally of 12 dead.", "tally", "The health ministry")]
    [InlineData("The civil defence agency updated its count from the raid to 17 dead.", "count", "The civil defence agency")]
    [InlineData("By noon the regional administration had raised its count to 6 killed.", "count", "the regional administration")]
    public void A_toll_under_another_noun_or_after_an_earlier_is_given_by_its_body(string text, string cue, string speaker)
    {
        var run = AttributionRun.Of(TollGiven.Frame, text, cue);
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
    }

    [Theory]
    [InlineData("The number of dead rose to 15 overnight.", "number")]
    [InlineData("A figure of 40 dead was given by nobody.", "figure")]
    [InlineData("The count of the missing passed 30 on Friday.", "count")]
    public void Leaves_a_number_no_one_gives_alone(string text, string cue)
    {
        var run = AttributionRun.Of(TollGiven.Frame, text, cue);
        Assert.False(run.Read);
        Assert.Empty(run.Found);
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
