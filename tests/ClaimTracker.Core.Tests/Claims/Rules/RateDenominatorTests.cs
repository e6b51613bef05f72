using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RateDenominatorTests
{
    [Theory]
    [InlineData("One in five children it screened was malnourished.", "five", true)]
    [InlineData("One in every three mothers was anaemic.", "three", true)]
    [InlineData("Strikes killed 12 in two villages.", "two", false)]
    [InlineData("Shelling killed 12 people in the town.", "12", false)]
    public void The_second_number_of_a_rate_is_no_count(string text, string number, bool expected)
    {
        var reader = RecallFiftyFiveReaders.Of(text);
        Assert.Equal(expected, RateDenominator.At(reader, RecallFiftyFiveReaders.IndexOf(reader, number)));
    }
}
