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
    [InlineData("Camps fill as 5,000 reach IOM sites: UN agency")]
    [InlineData("IOM counts 5,000 new arrivals.\n\nSee also: UN agency says 12 of its workers were hurt")]
    public void A_bare_un_agency_after_a_label_colon_is_the_agency_named_before(string text) =>
        Assert.Equal("IOM", Last(text).Source?.Name);

    [Theory]
    [InlineData("IOM counts 5,000 new arrivals. Officials at a UN agency said 12 were hurt.")]
    [InlineData("UNHCR said 4,000 had arrived. The UN said 900 more came.")]
    [InlineData("The Gaza Health Ministry said 40 were killed, the UN agency said.")]
    public void The_un_itself_or_no_agency_before_leaves_the_un(string text) =>
        Assert.Equal("UN", Last(text).Source?.Name);
}
