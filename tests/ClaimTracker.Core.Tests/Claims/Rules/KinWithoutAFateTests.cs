using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class KinWithoutAFateTests
{
    [Theory]
    [InlineData("They killed the breadwinner of our four sick daughters, she said.", "four")]
    [InlineData("The strike destroyed the house of his three brothers.", "three")]
    [InlineData("Nadia Haroun, whose two sons often played in the yard, said the street shook.", "two")]
    public void Kin_named_to_say_whose_are_no_count(string text, string number)
    {
        var run = CountPhraseRun.Of(KinWithoutAFate.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("A strike killed a father and his three sons.", "three")]
    [InlineData("Umm Ali, whose two daughters were wounded in the blast, waited outside.", "two")]
    [InlineData("Rescuers recovered the bodies of her four grandchildren.", "four")]
    [InlineData("Her three children were killed in the shelling.", "three")]
    public void Kin_with_a_fate_of_their_own_are_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(KinWithoutAFate.Rule, text, number);
        Assert.True(run.Kept);
    }
}
