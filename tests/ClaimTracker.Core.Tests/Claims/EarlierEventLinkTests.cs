using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class EarlierEventLinkTests
{
    private const string Before = "Russia launched 110 drones overnight, according to the Ukrainian Air Force. Kyiv's military administration said 12 people were wounded.\n\n";

    [Theory]
    [InlineData("The attack came a day after Russian missiles killed six people across Ukraine.", 6)]
    [InlineData("The strike comes two days after a missile killed seven people in Zaporizhzhia.", 7)]
    public void An_earlier_event_tied_on_with_came_after_takes_no_speaker(string sentence, double value)
    {
        var claims = new ClaimExtractor().Extract(Before + sentence, null);
        Assert.Null(Assert.Single(claims, c => c.Value == value).Source);
    }

    [Fact]
    public void A_toll_that_came_to_a_figure_keeps_the_speaker()
    {
        var claims = new ClaimExtractor().Extract(Before + "The number of wounded came to 14 after two more people were taken to hospital.", null);
        Assert.NotNull(Assert.Single(claims, c => c.Value == 14).Source);
    }
}
