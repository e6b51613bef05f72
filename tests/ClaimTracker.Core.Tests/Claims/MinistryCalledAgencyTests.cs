using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>"The agency, which is run by Hamas, said" right after the health ministry spoke: that ministry, and only then.</summary>
public sealed class MinistryCalledAgencyTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.Default;

    private static List<Attributor> Said(string name) =>
        [new Attributor(0, 12, "the ministry", Registry.Sources.First(s => s.Name == name), AttributorCue.AccordingTo, 0)];

    [Fact]
    public void The_agency_continues_the_ministry_that_spoke_before() =>
        Assert.Equal("Gaza Health Ministry", MinistryCalledAgency.Find("The agency", Said("Gaza Health Ministry"))?.Name);

    [Theory]
    [InlineData("The agency", "UNRWA")]
    [InlineData("The agency", "IDF")]
    [InlineData("the UN agency", "Gaza Health Ministry")]
    [InlineData("the group", "Gaza Health Ministry")]
    public void Anything_else_is_left_to_the_other_rules(string anaphor, string spoke) =>
        Assert.Null(MinistryCalledAgency.Find(anaphor, Said(spoke)));

    [Fact]
    public void No_speaker_before_gives_nobody() => Assert.Null(MinistryCalledAgency.Find("The agency", null));
}
