using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class InterviewedPeopleTests
{
    [Theory]
    [InlineData("The agency interviewed more than 40 nurses and doctors in three cities.", "40")]
    [InlineData("Of the 15 residents the BBC spoke to in the market, none had heard the order.", "15")]
    [InlineData("We talked to about 12 soldiers at the field hospital.", "12")]
    public void People_interviewed_are_no_count(string text, string number)
    {
        var run = CountPhraseRun.Of(InterviewedPeople.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("The mission interviewed 65 prisoners of war released in an exchange in June.", "65")]
    [InlineData("Investigators spoke to relatives of 30 people killed in the strike.", "30")]
    public void People_released_or_killed_are_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(InterviewedPeople.Rule, text, number);
        Assert.True(run.Kept);
    }
}
