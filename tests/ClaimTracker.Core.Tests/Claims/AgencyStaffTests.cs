using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class AgencyStaffTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Israeli strikes on UN school in Nuseirat kill 16, including five UNRWA staff", 5)]
    [InlineData("GAZA CITY (AFP) - An Israeli strike on a shelter in Gaza City killed 22 people, among them three UNRWA staff, the agency said.", 3)]
    [InlineData("DEIR AL-BALAH, Gaza Strip (AP) - Strikes across central Gaza killed 30 people on Monday, including four UN staff members, officials said.", 4)]
    public void An_agency_s_staff_inside_a_toll_keep_no_people(string text, double value)
    {
        Assert.DoesNotContain("Palestinian", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void Children_inside_the_same_toll_take_its_people()
    {
        var text = "GAZA CITY (AFP) - An Israeli strike on a shelter in Gaza City killed 22 people, among them seven children, the civil defence agency said.";
        Assert.Equal("Palestinian children", Assert.Single(Extractor.Extract(text, null), c => c.Value == 7).Subject);
    }
}
