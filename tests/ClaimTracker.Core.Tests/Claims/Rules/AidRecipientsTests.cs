using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class AidRecipientsTests
{
    [Theory]
    [InlineData("In Tina, where thousands fled last week, WFP distributed food parcels to 6,200 people.", "6,200")]
    [InlineData("At the displacement site the agency assisted 4,100 people last week.", "4,100")]
    public void People_given_aid_no_word_of_their_own_calls_displaced_are_counted_for_the_help(string text, string number)
    {
        var run = CountPhraseRun.Of(AidRecipients.Rule, text, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Theory]
    [InlineData("WFP distributed food parcels to 6,200 displaced people in Tina.", "6,200")]
    [InlineData("Blankets were handed out to 1,450 displaced families at the camp.", "1,450")]
    [InlineData("UNICEF has provided clean water and hygiene kits to 38,000 people sheltering in schools.", "38,000")]
    [InlineData("The agency assisted 4,100 displaced people in Kosti last week.", "4,100")]
    [InlineData("UNHCR has given cash grants to 7,700 refugees in Adre.", "7,700")]
    public void People_given_aid_described_as_displaced_stay_displaced(string text, string number)
    {
        var run = CountPhraseRun.Of(AidRecipients.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The municipality provided shelter to 2,300 displaced people in Saida.", "2,300")]
    [InlineData("More than 9,000 people fled to Tawila this week.", "9,000")]
    [InlineData("Some 2,000 people were displaced to Kosti after the attack.", "2,000")]
    public void Shelter_given_or_a_move_to_a_place_stays_displacement(string text, string number)
    {
        var run = CountPhraseRun.Of(AidRecipients.Rule, text, number);
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }
}
