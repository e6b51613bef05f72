using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>DistinctEvents: the signals that keep two statements of one figure apart, asked pairwise.</summary>
public sealed class DistinctEventsTests
{
    private static readonly DateOnly Report = new(2025, 9, 6);

    private static ExtractedClaim Claim(string quote, string? time = null, DateOnly? asOf = null, bool? increment = null) => new()
    {
        Value = 3,
        Subject = "people",
        Quote = quote,
        MentionText = "three",
        TimeText = time,
        AsOf = asOf ?? Report,
        Increment = increment,
    };

    [Fact]
    public void A_further_count_differs_from_a_total_but_not_from_another_further_count()
    {
        var lede = Claim("A strike killed three people.");
        var more = Claim("A later strike killed three more.", increment: true);

        Assert.True(DistinctEvents.Differ(lede, more with { Start = 40 }));
        Assert.False(DistinctEvents.Differ(more, lede with { Start = 40 }));
        Assert.False(DistinctEvents.Differ(more, more with { Quote = "Three more were killed later." }));
        Assert.False(DistinctEvents.Differ(lede, lede with { Increment = false }));
    }

    [Theory]
    [InlineData("Earlier this month", true)]
    [InlineData("last year", true)]
    [InlineData("Two weeks ago", true)]
    [InlineData("last night", false)]
    [InlineData("earlier on Thursday", false)]
    public void A_background_time_on_one_side_only_differs(string time, bool differs)
    {
        var lede = Claim("A strike killed three people.");

        Assert.Equal(differs, DistinctEvents.Differ(lede, Claim("Back then a strike killed three people.", time)));
    }

    [Fact]
    public void A_dated_entry_differs_only_on_another_day_and_only_when_the_day_opens_it()
    {
        var lede = Claim("Drones wounded three people, the governor said.");

        Assert.True(DistinctEvents.Differ(lede, Claim("- On Wednesday, September 3, a bomb wounded three people.", "On Wednesday", new DateOnly(2025, 9, 3))));
        Assert.False(DistinctEvents.Differ(lede, Claim("- On Saturday, September 6, drones wounded three people.", "On Saturday", Report)));
        Assert.False(DistinctEvents.Differ(lede, Claim("- Three people have fled since the shelling began on 1 September.", "on 1 September", new DateOnly(2025, 9, 1))));
        Assert.False(DistinctEvents.Differ(lede, Claim("On Wednesday, September 3, a bomb wounded three people.", "On Wednesday", new DateOnly(2025, 9, 3))));
    }
}
