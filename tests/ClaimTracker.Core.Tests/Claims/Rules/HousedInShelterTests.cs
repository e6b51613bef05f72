using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class HousedInShelterTests
{
    [Theory]
    [InlineData("Schools in Marjayoun now house about 14,300 people.", "14,300")]
    [InlineData("The two camps provide temporary homes for over 640,000 people.", "640,000")]
    [InlineData("Temporary shelters are now inhabited by more than 164,000 people.", "164,000")]
    [InlineData("UNRWA said it was hosting 61,000 people in its schools.", "61,000")]
    public void People_a_shelter_houses_are_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(HousedInShelter.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The hotel in Beirut hosted 300 guests last week.", "300")]
    [InlineData("The town of Kosti housed 9,000 workers before the war.", "9,000")]
    public void A_place_that_is_no_shelter_houses_nobody_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(HousedInShelter.Rule, text, number);
        Assert.NotEqual(Metric.Displaced, run.Draft.Metric);
    }
}
