using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="FamilyOfCount"/>, read through <see cref="BareCount"/>.</summary>
public sealed class FamilyOfCountTests
{
    [Theory]
    [InlineData("A strike on the camp killed a family of seven.", "seven")]
    [InlineData("A family of five was buried under the house, the civil defence said.", "five")]
    [InlineData("Rescuers found an entire family of nine in the basement.", "nine")]
    public void A_family_of_a_number_counts_people(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number);
        Assert.True(run.Kept);
        Assert.Equal("people", run.Draft.Noun);
    }

    [Theory]
    [InlineData("A family of 12 trucks waited at the gate.", "12")]
    [InlineData("The convoy carried a family of 4 cars across the border.", "4")]
    public void Other_counts_after_family_of_are_not_its_people(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number);
        Assert.False(run.Kept && run.Draft.Noun == "people");
    }
}
