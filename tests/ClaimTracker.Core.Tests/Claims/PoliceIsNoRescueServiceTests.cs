using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class PoliceIsNoRescueServiceTests
{
    [Fact]
    public void The_regional_police_do_not_take_the_emergency_service_named_before()
    {
        var claims = new ClaimExtractor().Extract("Ukraine's State Emergency Service said two people were killed in Sumy Oblast.\n\nIn Kharkiv Oblast, three people were killed, according to the regional police.", null);
        Assert.Null(Assert.Single(claims, c => c.Value == 3).Source);
    }

    [Fact]
    public void The_emergency_service_still_points_back_to_itself()
    {
        var claims = new ClaimExtractor().Extract("Ukraine's State Emergency Service said two people were killed in Sumy Oblast.\n\nThree more people were injured, the service said.", null);
        Assert.Equal("Ukrainian State Emergency Service", Assert.Single(claims, c => c.Value == 3).Source);
    }
}
