using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class OuterAppositionTests
{
    [Fact]
    public void The_body_before_a_named_apposition_is_the_speaker()
    {
        var run = AttributionRun.Of(OuterApposition.Frame, "Lebanon's health minister, Rami Haddad, said 45 people were killed.", "said");
        Assert.True(run.Read);
        Assert.StartsWith("Lebanon", run.Speaker.Text, StringComparison.Ordinal);
        Assert.EndsWith("minister", run.Speaker.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_names_its_place_is_the_speaker()
    {
        var run = AttributionRun.Of(OuterApposition.Frame, "UN humanitarian coordinator for Sudan, Hanna Lindqvist, said 95,000 people had fled.", "said");
        Assert.True(run.Read);
        Assert.Equal("UN humanitarian coordinator for Sudan", run.Speaker.Text);
    }

    [Fact]
    public void Leaves_a_speaker_with_no_apposition_alone()
    {
        var run = AttributionRun.Of(OuterApposition.Frame, "Lebanon's health minister said 45 people were killed.", "said");
        Assert.False(run.Read);
    }
}
