using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// A leader's office, and a spokesperson for it, stands for the government; a minister's or a ministry's office, a
/// name alone and an office of no leader do not.
/// </summary>
public sealed class LeadersOfficeTests
{
    [Theory]
    [InlineData("the prime minister's office", "the government")]
    [InlineData("the Prime Minister’s Office", "the government")]
    [InlineData("a spokesman for the prime minister's office", "the government")]
    [InlineData("a spokeswoman for the presidential office", "the government")]
    [InlineData("the office of the prime minister", "the government")]
    [InlineData("the health minister's office", null)]
    [InlineData("the ombudsman's office", null)]
    [InlineData("the UN human rights office", null)]
    [InlineData("Prime Minister's Office of Israel", null)]
    [InlineData("", null)]
    public void Names_the_government_for_a_leaders_office_only(string words, string? expected) =>
        Assert.Equal(expected, LeadersOffice.Owner(words));
}
