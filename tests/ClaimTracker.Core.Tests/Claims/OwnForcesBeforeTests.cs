using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class OwnForcesBeforeTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The Israeli military said its forces had their worst day on the Lebanese front this year, with five soldiers killed in southern Lebanon.", 5)]
    [InlineData("The Israeli military said its troops had a hard day on the Lebanese front, with four soldiers killed near the border.", 4)]
    public void Soldiers_after_its_forces_are_the_speaker_s_nation(string text, double value)
    {
        Assert.Equal("Israeli troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void A_possessive_before_another_noun_names_no_forces()
    {
        var text = "The Lebanese army said an Israeli drone hit one of its posts, with two soldiers killed in southern Lebanon.";
        Assert.Equal("Lebanese troops", Assert.Single(Extractor.Extract(text, null), c => c.Value == 2).Subject);
    }
}
