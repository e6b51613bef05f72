using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class RegisteredBodyBeforeAsideTests
{
    [Theory]
    [InlineData("The Sudan Doctors Network, a medical group that tracks the war, earlier put the toll at 41 civilians dead.", "put", "Sudan Doctors Network")]
    [InlineData("Emergency Lawyers, a rights group that documents abuses by both sides of the conflict, said 212 people were killed.", "said", "Emergency Lawyers")]
    [InlineData("The Sudan Doctors Network, which monitors casualties, said 57 people were killed.", "said", "Sudan Doctors Network")]
    public void The_registered_body_before_a_long_aside_speaks(string text, string cue, string source)
    {
        var run = AttributionRun.Of(RegisteredBodyBeforeAside.Frame, text, cue);
        Assert.True(run.Read);
        Assert.Equal(source, run.Speaker.Source?.Name);
    }

    [Theory]
    [InlineData("Attacks by the Sudan Doctors Network, a medical group, killed 30 people, said a resident.")]
    [InlineData("The Sudan Doctors Network said 30 people were killed.")]
    [InlineData("Paramilitaries, a witness said, killed 30 people.")]
    public void Leaves_a_body_inside_a_clause_or_without_an_aside_to_other_frames(string text)
    {
        var run = AttributionRun.Of(RegisteredBodyBeforeAside.Frame, text, "said");
        Assert.False(run.Read);
        Assert.Empty(run.Found);
    }
}
