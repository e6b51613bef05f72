using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class WarLongTollTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("Ukraine's prosecutor general said 530 children had died since Russia's full-scale invasion began.", 530, "Ukrainian children")]
    [InlineData("Ukraine's prosecutor general's office said at least 600 children had been killed since the start of the full-scale invasion.", 600, "Ukrainian children")]
    [InlineData("Ukraine's prosecutor general's office said the number of children killed in the war had reached 360.", 360, "children")]
    public void A_national_bodys_war_long_toll_takes_its_nation(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("Ukraine's prosecutor general's office said 540 children had been killed since the start of the full-scale invasion. Most child casualties were in Donetsk Oblast, where 470 children have been killed or injured, the office said.", 470, "Ukrainian children")]
    [InlineData("Ukraine's prosecutor general's office said 540 children had been killed since the start of the full-scale invasion. In Donetsk Oblast, 470 children have been killed or injured, UNICEF said.", 470, "children")]
    [InlineData("Ukraine's prosecutor general's office said the number of children killed in the war had reached 360. In Donetsk Oblast, 270 children have been killed or injured, the office said.", 270, "children")]
    public void The_same_bodys_breakdown_of_its_toll_keeps_the_nation(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
