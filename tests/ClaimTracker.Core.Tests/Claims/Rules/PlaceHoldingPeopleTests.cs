using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PlaceHoldingPeopleTests
{
    [Theory]
    [InlineData("The wards, built for 90 patients, were holding about 300 on Sunday, a doctor said.", 300L, Metric.Other)]
    [InlineData("Its two clinics now hold more than 400 patients, the director said.", 400L, Metric.Other)]
    [InlineData("The sports hall was holding around 650 displaced people, the council said.", 650L, Metric.Displaced)]
    public void A_place_holding_people_holds_no_captives(string text, long value, Metric metric)
    {
        var claims = new ClaimExtractor().Extract(text, null);
        Assert.Equal(metric, Assert.Single(claims, c => c.Value == value).Metric);
    }

    [Theory]
    [InlineData("Militants in the hospital were holding 40 hostages, the army said.", 40L)]
    [InlineData("Inside the school, soldiers were holding 25 men, witnesses said.", 25L)]
    [InlineData("Russia is still holding at least 8,000 Ukrainian soldiers, the ombudsman said.", 8000L)]
    public void A_captor_still_holds_captives(string text, long value)
    {
        var claims = new ClaimExtractor().Extract(text, null);
        Assert.Equal(Metric.Captured, Assert.Single(claims, c => c.Value == value).Metric);
    }
}
