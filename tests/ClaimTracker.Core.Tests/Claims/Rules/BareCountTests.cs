using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class BareCountTests
{
    [Fact]
    public void A_bare_number_before_a_casualty_verb_counts_people()
    {
        var run = CountPhraseRun.Of(BareCount.Rule, "Medics said more than 120 were killed in the raid.", "120");
        Assert.True(run.Kept);
        Assert.Equal("people", run.Draft.Noun);
    }

    [Fact]
    public void A_bare_number_takes_the_people_talked_about_before()
    {
        var before = new PeopleContext(["North Korean"], "troops", true, Metric.Deployed, 0, 0);
        var run = CountPhraseRun.Of(BareCount.Rule, "Kyiv said about 300 have been killed so far.", "300", before);
        Assert.True(run.Kept);
        Assert.Equal("troops", run.Draft.Noun);
        Assert.Equal(["North Korean"], run.Draft.Nationalities);
    }

    [Fact]
    public void A_toll_before_a_bare_number_counts_the_dead()
    {
        var run = CountPhraseRun.Of(BareCount.Rule, "The death toll from the flooding rose to 87 on Wednesday.", "87");
        Assert.True(run.Kept);
        Assert.True(run.Phrase.TollOfCasualties);
    }

    [Fact]
    public void A_toll_that_has_passed_a_figure_is_found_far_back_past_a_number_that_counts_nobody()
    {
        var run = CountPhraseRun.Of(BareCount.Rule, "The death toll from a two-day siege of the market town, the largest in the district, has probably passed 300, a doctor said.", "300");
        Assert.True(run.Kept);
        Assert.True(run.Phrase.TollOfCasualties);
    }

    [Fact]
    public void The_number_of_named_people_gives_the_subject()
    {
        var run = CountPhraseRun.Of(BareCount.Rule, "Analysts put the number of Belarusian troops there at about 9,000.", "9,000");
        Assert.True(run.Kept);
        Assert.Equal("troops", run.Draft.Noun);
        Assert.Equal(["Belarusian"], run.Draft.Nationalities);
    }

    [Fact]
    public void Stops_a_bare_number_with_nothing_to_count()
    {
        var run = CountPhraseRun.Of(BareCount.Rule, "The army said it fired 300 at the town.", "300");
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Fact]
    public void A_toll_that_rose_to_a_figure_is_found_past_a_long_subject()
    {
        // Read through the whole extractor: the toll word stands twenty words before the figure.
        var claims = new ClaimExtractor().Extract("The number of people killed in three days of demonstrations against the new tax law in the northern provinces has risen to 37, the interior ministry said.", null);
        var claim = Assert.Single(claims);
        Assert.Equal(37d, claim.Value);
        Assert.Equal(Metric.Killed, claim.Metric);
    }

    [Theory]
    [InlineData("The health ministry put the number of injured at 2,140 nationwide.", "2,140")]
    [InlineData("A farmers' union put the number of dead at \"over 90\".", "90")]
    public void The_number_of_injured_or_dead_at_a_figure_counts_casualties(string text, string number)
    {
        var run = CountPhraseRun.Of(BareCount.Rule, text, number);
        Assert.True(run.Kept);
        Assert.True(run.Phrase.TollOfCasualties);
    }

    [Fact]
    public void Bringing_the_total_to_a_figure_counts_the_people_before_past_a_long_subject()
    {
        // Read through the whole extractor: "taking the total" stands twenty words before the figure, past a date.
        var claims = new ClaimExtractor().Extract("About 3,100 more people fled Kadugli over the weekend, taking the total forced from the town since the militia surrounded it on 4 March to 48,250, the agency said.", null);
        var total = Assert.Single(claims, c => c.Value == 48250d);
        Assert.Equal(Metric.Displaced, total.Metric);
    }

    [Fact]
    public void A_bare_number_after_bringing_no_total_counts_nobody()
    {
        var claims = new ClaimExtractor().Extract("The convoy brought the supplies to 14 villages near the border on Friday.", null);
        Assert.Empty(claims);
    }
}
