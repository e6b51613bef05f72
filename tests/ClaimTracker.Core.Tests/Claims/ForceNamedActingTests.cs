using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ForceNamedActingTests
{
    [Theory]
    [InlineData("The village council said the RSF had torched dozens of homes. It said at least 31 people had died.", 31)]
    [InlineData("A nurse told reporters that the paramilitary RSF seized the hospital on Monday. She said 12 patients had been killed.", 12)]
    [InlineData("Volunteers said RSF fighters had surrounded the village before dawn. It added that 40 men were taken away.", 40)]
    public void A_force_named_only_acting_is_not_the_pronouns_body(string text, double value)
    {
        var claims = new ClaimExtractor().Extract(text, null);
        Assert.Null(Assert.Single(claims, c => c.Value == value).Source);
    }

    [Fact]
    public void The_group_after_a_force_that_struck_is_the_speaker_carried()
    {
        var claims = new ClaimExtractor().Extract(
            "Doctors Without Borders said its hospital in Tawila had received 70 wounded people.\n\nIn El Obeid, RSF drones on Friday wounded five people near a clinic, the group said.", null);
        Assert.Equal("MSF", Assert.Single(claims, c => c.Value == 5).Source);
    }

    [Fact]
    public void A_force_whose_fighters_died_is_still_the_group()
    {
        var claims = new ClaimExtractor().Extract(
            "The Israeli army said it had struck launchers in the south.\n\nTwo Hezbollah fighters were killed in the strikes, the group said.", null);
        Assert.Equal("Hezbollah", Assert.Single(claims, c => c.Value == 2).Source);
    }
}
