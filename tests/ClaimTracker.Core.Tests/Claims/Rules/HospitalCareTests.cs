using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class HospitalCareTests
{
    [Theory]
    [InlineData("The ministry said 1,200 people were hurt, of whom 310 were still being treated in hospitals.", "310")]
    [InlineData("Of the 25 passengers who needed hospital care, most were children.", "25")]
    [InlineData("Doctors said 48 people were receiving treatment at the hospital.", "48")]
    public void Care_in_hospital_names_the_wounded(string text, string number)
    {
        // Run through VerbAfterRelativeClause, which reads "who needed hospital care".
        var run = CountPhraseRun.Of(VerbAfterRelativeClause.Rule, text, number);
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }

    [Fact]
    public void Care_without_a_hospital_names_nothing()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "The agency said 300 health care workers had joined the strike.", "300");
        Assert.NotEqual(Metric.Wounded, run.Draft.Metric);
    }
}
