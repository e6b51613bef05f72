using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ThereAreNOfThemTests
{
    [Theory]
    [InlineData("The number of wounded is still rising. ", Metric.Wounded)]
    [InlineData("The number of the dead has grown overnight. ", Metric.Killed)]
    [InlineData("The number of casualties keeps changing. ", Metric.KilledOrWounded)]
    [InlineData("The number of wounded rose to 12 by noon. ", null)]
    [InlineData("The number of rescuers on site has doubled. ", null)]
    public void The_fate_named_after_the_number_of_is_read_when_no_figure_follows(string before, Metric? expected)
    {
        Assert.Equal(expected, ThereAreNOfThem.NamedFate(before));
    }

    [Fact]
    public void There_are_n_of_them_after_the_number_of_wounded_counts_the_wounded()
    {
        var text = "A drone hit a market in Kherson, the governor said. \"The number of injured keeps growing. There are now 27 of them,\" he said.";
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == 27);
        Assert.Equal(Metric.Wounded, claim.Metric);
    }
}
