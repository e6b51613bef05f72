using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class BareTreatmentTests
{
    [Theory]
    [InlineData("A medical source said it had received the bodies of 31 recruits and that 38 others were being treated.", 38, Metric.Wounded)]
    [InlineData("At least 6,000 children had been treated for acute malnutrition since July, UNICEF said.", 6000, Metric.Other)]
    [InlineData("Two people were killed in the strike. Another 12 are still undergoing treatment, two of them in intensive care.", 12, Metric.Wounded)]
    [InlineData("Three soldiers died, and 15 others are receiving hospital treatment.", 15, Metric.Wounded)]
    [InlineData("About 1,200 children in the camp are receiving treatment for cholera, the charity said.", 1200, Metric.Other)]
    public void Treatment_with_nothing_after_it_names_the_wounded(string text, int value, Metric metric)
    {
        Assert.Equal(metric, new ClaimExtractor().Extract(text, null).Single(c => c.Value == value).Metric);
    }
}
