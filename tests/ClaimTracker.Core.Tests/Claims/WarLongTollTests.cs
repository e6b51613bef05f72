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
}
