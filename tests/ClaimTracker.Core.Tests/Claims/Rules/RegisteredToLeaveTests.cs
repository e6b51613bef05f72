using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RegisteredToLeaveTests
{
    [Fact]
    public void People_signed_up_to_leave_are_expected()
    {
        var run = CountPhraseRun.Of(RegisteredToLeave.Rule, "Some 2,400 people have signed up to leave on the next flights out of Beirut.", "2,400");
        Assert.Equal(ClaimStatus.Expected, run.Draft.Status);
    }

    [Fact]
    public void People_registered_at_a_shelter_stay_reported()
    {
        var run = CountPhraseRun.Of(RegisteredToLeave.Rule, "About 2,000 people registered at the shelter on Monday.", "2,000");
        Assert.Equal(ClaimStatus.Reported, run.Draft.Status);
    }
}
