using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="OneCounted"/>, read through <see cref="NotAPeopleCount"/>.</summary>
public sealed class OneCountedTests
{
    [Theory]
    [InlineData("The ministry said the strike on the ambulance had killed one paramedic.")]
    [InlineData("A second drone wounded one firefighter at the scene.")]
    [InlineData("Shelling left one dead in Tomarivka overnight, the governor said.")]
    [InlineData("The army said one Lebanese soldier was killed in the strike.")]
    [InlineData("One rescuer was also injured when the second missile hit, the emergency service said.")]
    public void One_reported_as_a_toll_is_a_count(string text)
    {
        Assert.True(CountPhraseRun.Of(NotAPeopleCount.Rule, text, text.Contains("One") ? "One" : "one").Kept);
    }

    [Theory]
    [InlineData("One soldier was killed.")]
    [InlineData("The strike also killed one of the cows on the farm.")]
    [InlineData("One of the 12 drones hit a house, the mayor said.")]
    [InlineData("A drone strike on a car killed one person, the ministry said.")]
    [InlineData("One man told reporters he had lost everything.")]
    public void One_person_in_a_story_is_no_count(string text)
    {
        Assert.False(CountPhraseRun.Of(NotAPeopleCount.Rule, text, text.Contains("One") ? "One" : "one").Kept);
    }
}
