using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ElidedNounTests
{
    [Theory]
    [InlineData("Shelling killed eleven people in the north and four in the regional capital.", "four")]
    [InlineData("The army said 312 soldiers had died, including 140 in street fighting.", "140")]
    [InlineData("The fighting has displaced 2 million people, including 600,000 who have crossed into neighbouring states.", "600,000")]
    [InlineData("Gunmen stormed the town, killing 23 people and abducting about 40.", "40")]
    [InlineData("The ministry said 21 people were killed in the north, 9 in the east and 4 in the capital.", "9")]
    [InlineData("Militants seized 90 hostages, 40 of whom are still held, including 12 the army says are dead.", "12")]
    [InlineData("Medics took 22 wounded to hospitals in the town and 6 to hospitals in the capital.", "6")]
    [InlineData("The army handed back the bodies of 640 soldiers and received 35 in return.", "35")]
    [InlineData("Some 40,000 people have fled, the agency said, with more than 1,500 fleeing the town on Sunday.", "1,500")]
    [InlineData("Close to 9 million people need aid, and more than 2 million face emergency hunger.", "2 million")]
    [InlineData("About 12,000 people fled the district, among them about 3,000 who left on foot.", "3,000")]
    [InlineData("Officials recorded the killing of more than 270 people and the wounding of over 590.", "590")]
    [InlineData("The ministry reported the deaths of 26 civilians and the injury of some 90 in the week to Sunday.", "90")]
    public void A_bare_count_after_an_earlier_one_leaves_its_noun_out(string text, string number)
    {
        var run = CountPhraseRun.Of(ElidedNoun.Rule, text, number);
        Assert.True(run.Phrase.Elided);
    }

    [Fact]
    public void The_elided_count_takes_the_earlier_count_s_people()
    {
        var run = CountPhraseRun.Of(BareCount.Rule, "The army said 312 soldiers had died, including 140 in street fighting.", "140");
        Assert.True(run.Kept);
        Assert.Equal("troops", run.Draft.Noun);
    }

    [Theory]
    [InlineData("Shelling killed eleven people and 30 cars were burnt.", "30")]
    [InlineData("Eleven people died, and 2 of the district's schools were hit.", "2")]
    [InlineData("Officials recorded the killing of 270 people and the wounding of over 590 soldiers.", "590")]
    [InlineData("The strike resulted in the death of 100 people and the injury of hundreds, residents said.", "hundreds")]
    public void Leaves_a_count_with_a_noun_of_its_own_alone(string text, string number)
    {
        var run = CountPhraseRun.Of(ElidedNoun.Rule, text, number);
        Assert.False(run.Phrase.Elided);
    }
}
