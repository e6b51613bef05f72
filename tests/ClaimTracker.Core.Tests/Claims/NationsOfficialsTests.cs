using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

// NationsOfficials: officials named by their nation never stand for a non-state armed group of that country.
public sealed class NationsOfficialsTests
{
    [Theory]
    [InlineData("Israeli fire hit a school in Nuseirat on Thursday and killed at least 18 people, Palestinian medical officials said.")]
    [InlineData("Palestinian officials say an Israeli strike on a school in Gaza has killed 18 people.")]
    [InlineData("An Israeli strike on a house in Rafah killed 18 people, according to Palestinian officials.")]
    public void A_nations_officials_are_no_armed_group(string text)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == 18);
        Assert.NotEqual("Hamas", claim.Source);
    }

    [Fact]
    public void Hamas_officials_stay_hamas()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("Hamas officials said 18 people were killed in the strike on the school in Nuseirat.", null), c => c.Value == 18);
        Assert.Equal("Hamas", claim.Source);
    }

    [Fact]
    public void Only_listed_groups_are_excluded()
    {
        var idf = ClaimTracker.Core.Sources.SourceRegistry.Default.Sources.First(s => s.Name == "IDF");
        Assert.False(NationsOfficials.ExcludeGroup("Israeli military officials", idf));
    }
}
