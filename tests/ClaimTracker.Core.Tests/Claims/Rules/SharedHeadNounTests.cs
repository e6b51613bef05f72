using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

// SharedHeadNoun: "N female and M male workers" — the first count's noun is the one written after the second.
public sealed class SharedHeadNounTests
{
    private const string Wounding = "A drone struck a warehouse in the city, wounding three female and five male workers, the mayor said.";

    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void Both_describers_take_the_active_verb()
    {
        var claims = Extractor.Extract(Wounding, null);
        Assert.Equal([3, 5], claims.Select(c => (int)c.Value!).Order());
        Assert.All(claims, c => Assert.Equal(Metric.Wounded, c.Metric));
    }

    [Fact]
    public void Age_describers_share_the_noun_too() =>
        Assert.Equal(Metric.Killed, Extractor.Extract("The shelling of the depot killed two adult and four young civilians, the governor said.", null).First(c => c.Value == 2).Metric);

    [Fact]
    public void A_count_of_things_before_and_borrows_no_people() =>
        Assert.DoesNotContain(Extractor.Extract("The strike destroyed three old and two new warehouses, the mayor said.", null), c => c.Value == 3);
}
