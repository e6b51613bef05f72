using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class TallyKeeperBeforeAsideTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void The_body_before_an_aside_keeps_the_tally_it_named()
    {
        var claims = Extractor.Extract("Kyiv keeps its losses secret. UALosses, a volunteer register which follows fallen Ukrainian soldiers through funeral notices, has named more than 52,000 of them.", null);
        var tally = Assert.Single(claims, c => c.Value == 52000);
        Assert.Equal("UALosses", tally.Source);
        Assert.Equal(Metric.Killed, tally.Metric);
    }

    [Fact]
    public void A_person_named_after_an_aside_has_no_tally_keeper()
    {
        var claims = Extractor.Extract("The UALosses project, which began in 2022, named a new director on Monday after 40 soldiers were killed near the river.", null);
        Assert.DoesNotContain(claims, c => c.Source == "UALosses");
    }
}
