using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class EstablishedDescriptionTests
{
    [Theory]
    [InlineData("the country's spy agency", "spy agency")]
    [InlineData("the spy agency", "spy agency")]
    [InlineData("the nation’s health ministry", "health ministry")]
    [InlineData("the army", null)]
    public void A_description_is_its_words_without_the_article_or_owner(string anaphor, string? description)
    {
        Assert.Equal(description, EstablishedDescription.Description(anaphor));
    }

    [Fact]
    public void A_later_anaphor_with_the_same_description_is_the_body_it_resolved_to()
    {
        var nis = SourceRegistry.Default.Sources.First(s => s.Name == "NIS");
        var established = new EstablishedDescription();
        established.Remember("the country's spy agency", nis);
        Assert.Same(nis, established.Find("the spy agency"));
        Assert.Null(established.Find("the agency"));
        Assert.Null(established.Find("the health ministry"));
    }
}
