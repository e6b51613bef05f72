using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class DescribedFateTests
{
    [Fact]
    public void The_number_of_displaced_people_reaching_a_figure_counts_the_displaced()
    {
        var claims = new ClaimExtractor().Extract("The health ministry said the toll \"has risen to 64 martyrs and 310 wounded,\" while the minister of social affairs said the number of displaced people in official shelters had reached 71,402.", null);
        Assert.Equal(Metric.Displaced, claims.Single(c => c.Value == 71402).Metric);
        Assert.Equal(Metric.Killed, claims.Single(c => c.Value == 64).Metric);
    }
}
