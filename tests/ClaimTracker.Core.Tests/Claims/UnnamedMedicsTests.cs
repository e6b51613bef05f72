using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class UnnamedMedicsTests
{
    [Theory]
    [InlineData("Palestinian medics")]
    [InlineData("Lebanese paramedics")]
    [InlineData("medics,")]
    public void A_speaker_headed_by_medics_is_unnamed(string speaker) => Assert.True(UnnamedMedics.Is(speaker));

    [Theory]
    [InlineData("Palestinian officials")]
    [InlineData("Palestinian health officials")]
    [InlineData("medics with the health authorities")]
    public void A_speaker_with_another_head_is_not(string speaker) => Assert.False(UnnamedMedics.Is(speaker));
}
