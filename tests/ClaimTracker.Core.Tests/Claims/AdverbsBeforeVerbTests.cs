using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class AdverbsBeforeVerbTests
{
    [Theory]
    [InlineData("Zelensky said 40 people were killed overnight. The NIS has since reported that about 2,500 more soldiers were sent.", 2500, "NIS")]
    [InlineData("The general staff gave no figure. The UN refugee agency has since said 6,000 people fled the town.", 6000, "UNHCR")]
    public void Since_between_the_auxiliary_and_the_verb_keeps_the_speaker(string text, double value, string source)
    {
        var claims = new ClaimExtractor().Extract(text, null);
        Assert.Equal(source, Assert.Single(claims, c => c.Value == value).Source);
    }
}
