using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class MembersOfANationsGroupTests
{
    [Theory]
    [InlineData("A drone strike killed three members of a Lebanese rescue team near Tyre.", "three", "Lebanese")]
    [InlineData("The shell killed all eight members of the Syrian al-Hamad family in their flat.", "eight", "Syrian")]
    [InlineData("Two members of a Ukrainian television crew were wounded in the shelling.", "Two", "Ukrainian")]
    public void Members_of_a_nations_group_are_its_people(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(MembersOfANationsGroup.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("Four members of the Palestinian Civil Defence were killed in the strike.", "Four")]
    [InlineData("Five members of the rescue team were wounded, officials said.", "Five")]
    [InlineData("Six members of the family fled to Syria.", "Six")]
    public void Members_of_a_body_or_a_group_of_no_nation_keep_none(string text, string number)
    {
        var run = CountPhraseRun.Of(MembersOfANationsGroup.Rule, text, number);
        Assert.Empty(run.Draft.Nationalities);
    }
}
