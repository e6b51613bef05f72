using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>Staff of a body named by its people: its own statement, or a short form of its name after the full one.</summary>
public sealed class NationalSocietysStaffTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Three volunteers were killed in Bara on Sunday, the Sudanese Red Crescent Society said.", 3, "Sudanese volunteers")]
    [InlineData("The Sudanese Red Crescent said on Friday that two staff members had been wounded in Kadugli.", 2, "Sudanese staff")]
    [InlineData("The Sudanese Red Crescent named its dead on Monday. At least 12 Red Crescent volunteers have been killed since 2023, it said.", 12, "Sudanese volunteers")]
    public void A_peoples_body_gives_its_staff_its_people(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("Ukrainian officials said three workers were killed when a drone hit a depot in Kharkiv.", 3, "workers")]
    [InlineData("The Sudanese Red Crescent named its dead. Worldwide, 21 Red Cross and Red Crescent staff died this year, the federation said.", 21, "staff")]
    [InlineData("At least 12 Red Crescent volunteers have been killed since 2023, the federation said.", 12, "volunteers")]
    public void Officials_the_whole_movement_or_no_fuller_name_give_none(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void The_fuller_name_must_open_with_a_peoples_adjective()
    {
        const string text = "The Red Crescent said its teams were stretched. Seven Red Crescent medics were hurt.";
        Assert.Null(NationalSocietysStaff.OfFullerName(text, "Red Crescent", text.LastIndexOf("Red Crescent", StringComparison.Ordinal)));
        const string named = "The Syrian Arab Red Crescent said its teams were stretched. Seven Red Crescent medics were hurt.";
        Assert.Equal("Syrian", NationalSocietysStaff.OfFullerName(named, "Red Crescent", named.LastIndexOf("Red Crescent", StringComparison.Ordinal))?.Adjective);
    }
}
