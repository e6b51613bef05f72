using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class MissionsOwnPeopleTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("In Lebanon, the U.N. peacekeeping force UNIFIL said Israeli fire had wounded three of their personnel near Kfar Kila.", 3)]
    [InlineData("In southern Lebanon, UNIFIL, which has about 10,000 personnel in the area, reported new fire near its posts.", 10000)]
    public void A_missions_own_people_keep_no_nation(string sentence, double value)
    {
        Assert.DoesNotContain("Lebanese", Assert.Single(Extractor.Extract(sentence, null), c => c.Value == value).Subject);
    }

    [Fact]
    public void A_nation_named_as_the_holder_stands()
    {
        var text = "UNIFIL said the Israeli army has about 30,000 soldiers in southern Lebanon.";
        Assert.Contains("Israeli", Assert.Single(Extractor.Extract(text, null), c => c.Value == 30000).Subject);
    }
}
