using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class UnAgencyAnaphorTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.Default;

    private static SourceMention Last(string text) => UnAgencyAnaphor.Resolved(text, Registry.FindMentions(text))[^1];

    [Fact]
    public void The_un_agency_is_the_un_agency_named_before() =>
        Assert.Equal("UNHCR", Last("UNHCR said 4,000 had arrived. Another 900 came on Friday, the UN agency said.").Source?.Name);

    [Theory]
    [InlineData("UNHCR said 4,000 had arrived. The UN said 900 more came.")]
    [InlineData("The Gaza Health Ministry said 40 were killed, the UN agency said.")]
    public void The_un_itself_or_no_agency_before_leaves_the_un(string text) =>
        Assert.Equal("UN", Last(text).Source?.Name);
}
