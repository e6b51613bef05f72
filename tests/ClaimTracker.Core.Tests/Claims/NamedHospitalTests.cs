using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class NamedHospitalTests
{
    [Theory]
    [InlineData("Nasser Hospital in Khan Younis said 22 bodies had been brought in.", "Nasser Hospital")]
    [InlineData("Al-Aqsa Martyrs Hospital said it had received 11 bodies.", "Al-Aqsa Martyrs Hospital")]
    [InlineData("Nasser Medical Complex said it had received 39 of the dead.", "Nasser Hospital")]
    [InlineData("according to the Gaza European Hospital.", "European Hospital")]
    [InlineData("the director of Gaza City's Shifa Hospital said.", "Shifa Hospital")]
    [InlineData("a Gaza hospital said 12 were killed.", null)]
    [InlineData("the hospital said 12 were killed.", null)]
    [InlineData("were taken to the Hospital, officials said.", null)]
    [InlineData("Al Awda Hospital said it had received 14 bodies.", "Al-Awda Hospital")]
    [InlineData("Al-Aqsa Hospital said a strike killed two people.", "Al-Aqsa Martyrs Hospital")]
    [InlineData("officials at Al Aqsa Martyrs Hospital said.", "Al-Aqsa Martyrs Hospital")]
    [InlineData("12 were killed, said Nasser Hospital.", "Nasser Hospital")]
    [InlineData("The wounded were taken to Nasser Hospital.", null)]
    [InlineData("A strike hit the Baptist Hospital in Gaza City.", null)]
    [InlineData("It said the Saudi Hospital had received 22 of the wounded.", null)]
    [InlineData("The toll rose overnight.\n\nOfficials at Nasser Hospital said 13 bodies had arrived.", "Nasser Hospital")]
    [InlineData("The toll rose overnight.\n\nStaff at the Kuwaiti Hospital in Rafah said 11 bodies had arrived.", "Kuwaiti Hospital")]
    [InlineData("Relatives waited outside.\n\nAt Nasser Hospital, 14 bodies had arrived, the ministry said.", null)]
    public void A_capitalised_head_after_a_proper_name_names_the_hospital(string text, string? expected)
    {
        var found = NamedHospital.With(text, new List<SourceMention>());
        Assert.Equal(expected, found.Count == 0 ? null : found[0].Source!.Name);
    }

    [Fact]
    public void A_hospital_has_one_spelling_whichever_report_was_read_first()
    {
        // The name cache once kept the first spelling it met, case-blind, so test order decided the source's name.
        var lower = NamedHospital.With("according to al-Aqsa Martyrs Hospital, 12 were killed.", new List<SourceMention>());
        var upper = NamedHospital.With("Al-Aqsa Martyrs Hospital said it had received 11 bodies.", new List<SourceMention>());
        Assert.Equal("Al-Aqsa Martyrs Hospital", lower[0].Source!.Name);
        Assert.Equal("Al-Aqsa Martyrs Hospital", upper[0].Source!.Name);
    }
}
