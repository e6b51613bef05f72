using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>The men of a unit an earlier sentence named as a nation's take that nation (<see cref="UnitNamedEarlier"/>).</summary>
public sealed class UnitNamedEarlierTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("The soldiers of Ukraine's 24th Mechanised Brigade have been fighting near Chasiv Yar since spring.\n\nAbout 1,500 men were in the brigade when it was sent there, an officer said.", 1500, "Ukrainian men")]
    [InlineData("The shelling hit positions held by a Russian marine brigade.\n\nA captain said his battalion had 300 soldiers when it was sent to the front in March.", 300, "Russian troops")]
    [InlineData("Reporters spent a week with Ukraine's 3rd Assault Brigade.\n\nHis company had 80 men in the autumn, the sergeant said. Fewer than 30 are left on the line.", 30, "Ukrainian men")]
    public void A_units_men_take_the_nation_it_was_named_with(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("Ukraine's state railway company said a fire broke out at one of its depots.\n\nTwo men who worked for the company were killed.", 2)]
    [InlineData("The soldiers of Ukraine's 24th Mechanised Brigade have been fighting since spring.\n\nA farmer said 40 men from his village were working in the fields when the shelling began.", 40)]
    public void Men_of_no_unit_named_with_a_nation_keep_none(string text, double value)
    {
        Assert.Equal("men", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
