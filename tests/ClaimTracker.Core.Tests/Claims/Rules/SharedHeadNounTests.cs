using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

// SharedHeadNoun: "N female and M male workers" — the first count's noun is the one written after the second.
public sealed class SharedHeadNounTests
{
    [Theory]
    [InlineData("A drone struck a warehouse in the city, wounding three female and five male workers, the mayor said.", 3, Metric.Wounded)]
    [InlineData("A drone struck a warehouse in the city, wounding three female and five male workers, the mayor said.", 5, Metric.Wounded)]
    [InlineData("The shelling of the depot killed two adult and four young civilians, the governor said.", 2, Metric.Killed)]
    public void Describers_share_the_later_noun(string sentence, int value, Metric metric)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(sentence, null), c => c.Value == value);
        Assert.Equal(metric, claim.Metric);
    }

    [Fact]
    public void A_count_of_things_before_and_borrows_no_people()
    {
        const string text = "The strike destroyed three old and two new warehouses, the mayor said.";
        Assert.DoesNotContain(new ClaimExtractor().Extract(text, null), c => c.Value == 3);
    }
}
