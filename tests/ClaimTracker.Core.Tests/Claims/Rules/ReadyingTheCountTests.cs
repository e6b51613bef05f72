using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>A readying verb right before a force is planned; right before other people it is no plan.</summary>
public sealed class ReadyingTheCountTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Pyongyang was readying 8,000 troops for the front, officials said.", 8000)]
    [InlineData("The ministry is preparing about 2,500 more reservists for deployment.", 2500)]
    [InlineData("The rebels were readying some 600 fighters for a push on the city.", 600)]
    public void Readying_a_force_is_planned(string text, double value)
    {
        Assert.Equal(ClaimStatus.Planned, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Status);
    }

    [Theory]
    [InlineData("The school in the camp is preparing 40 students for their final exams.", 40)]
    [InlineData("Volunteers at the shelter were preparing 120 children for the winter.", 120)]
    public void Readying_other_people_is_no_plan(string text, double value)
    {
        Assert.NotEqual(ClaimStatus.Planned, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Status);
    }
}
