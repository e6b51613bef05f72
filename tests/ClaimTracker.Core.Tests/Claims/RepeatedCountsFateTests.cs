using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class RepeatedCountsFateTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Two Russian soldiers captured near Vovchansk last week have asked to stay in Ukraine, the army said. Investigators said the two soldiers, both conscripts, were being questioned in Kharkiv.", Metric.Captured)]
    [InlineData("Four Filipino peacekeepers were hurt by shrapnel near Kfar Kila, the mission said. It said the four Filipino soldiers had been manning a checkpoint at the time.", Metric.Wounded)]
    [InlineData("Troops shot dead six militants near Tubas, the army said. Local officials said the six fighters belonged to a new armed group.", Metric.Killed)]
    public void A_definite_repeat_keeps_the_fate_of_the_count_it_repeats(string text, Metric metric)
    {
        var claims = Extractor.Extract(text, null);
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(metric, c.Metric));
    }

    [Fact]
    public void A_repeat_with_a_fate_of_its_own_keeps_it()
    {
        var claims = Extractor.Extract("Hamas still holds 20 hostages, officials say. On Monday the 20 hostages were freed under the deal.", null);
        Assert.Contains(claims, c => c.Value == 20 && c.Metric == Metric.Other);
    }

    [Fact]
    public void A_count_without_the_keeps_its_own_reading()
    {
        var claims = Extractor.Extract("Two Russian soldiers were captured near Vovchansk, the army said. Two soldiers guarded the gate, a witness said.", null);
        Assert.Contains(claims, c => c.Value == 2 && c.Metric == Metric.Deployed);
    }
}
