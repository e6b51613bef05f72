using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SufferedHarmTests
{
    [Theory]
    [InlineData("More than 1,422 children have suffered as a result of the aggression.", true)]
    [InlineData("Some 240 residents suffered due to the shelling.", true)]
    [InlineData("More than 500 children have suffered.", true)]
    [InlineData("Three police officers suffered concussions.", false)]
    [InlineData("Some 3,000 soldiers suffered from hunger.", false)]
    [InlineData("The troops suffered heavy losses.", false)]
    public void Suffering_with_no_harm_noun_is_a_loss(string text, bool expected)
    {
        var reader = RecallFiftyFiveReaders.Of(text);
        var i = RecallFiftyFiveReaders.IndexOf(reader, "suffered");
        Assert.Equal(expected, SufferedHarm.Reads(reader, i, reader.Word(i)));
    }
}
