using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class NationalityBeforeCountTests
{
    [Theory]
    [InlineData("The Russian army has suffered 700 casualties in the week.", "700", "Russian")]
    [InlineData("The overall Palestinian death toll rose to 43,100 people.", "43,100", "Palestinian")]
    public void A_nationality_before_the_count_names_its_people(string text, string number, string nationality)
    {
        var run = CountPhraseRun.Of(NationalityBeforeCount.Rule, text, number);
        Assert.Equal([nationality], run.Draft.Nationalities);
    }

    [Fact]
    public void Leaves_the_killers_of_an_active_verb_alone()
    {
        var run = CountPhraseRun.Of(NationalityBeforeCount.Rule, "A Russian strike killed 14 people in the square.", "14");
        Assert.Empty(run.Draft.Nationalities);
    }

    [Fact]
    public void A_contrast_starts_a_new_clause()
    {
        var run = CountPhraseRun.Of(NationalityBeforeCount.Rule, "France sent tents, while the agency said 9,000 people fled.", "9,000");
        Assert.Empty(run.Draft.Nationalities);
    }

    [Theory]
    [InlineData("Under the US-brokered deal, 20 hostages were released.", "20")]
    [InlineData("Under the Egyptian-mediated truce, 1,700 prisoners were freed.", "1,700")]
    public void A_deals_broker_names_no_people(string text, string number)
    {
        var run = CountPhraseRun.Of(NationalityBeforeCount.Rule, text, number);
        Assert.Empty(run.Draft.Nationalities);
    }

    [Fact]
    public void A_nation_joined_to_another_word_still_names_its_people()
    {
        var run = CountPhraseRun.Of(NationalityBeforeCount.Rule, "The Russian-language channel said Russian losses rose to 700 casualties.", "700");
        Assert.Equal(["Russian"], run.Draft.Nationalities);
    }
}
