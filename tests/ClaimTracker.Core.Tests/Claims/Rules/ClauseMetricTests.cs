using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ClauseMetricTests
{
    [Theory]
    [InlineData("Rescuers said 35 people were killed when the bridge was hit.", "35", Metric.Killed)]
    [InlineData("The raid killed 18 civilians near the market.", "18", Metric.Killed)]
    [InlineData("The hospital said 64 patients were wounded in the attack.", "64", Metric.Wounded)]
    [InlineData("Some 2,500 families fled to the camps after the shelling.", "2,500", Metric.Displaced)]
    [InlineData("The ministry said 400 soldiers were killed or wounded that week.", "400", Metric.KilledOrWounded)]
    [InlineData("At least 80 staff members of the UN agency for Palestine refugees have been killed.", "80", Metric.Killed)]
    [InlineData("Nearly 2.3 million people, or roughly 80 percent of the population, have been displaced.", "2.3 million", Metric.Displaced)]
    [InlineData("At least 52 people – including 30 children – have died of hunger.", "52", Metric.Killed)]
    [InlineData("Up to 400,000 people (or over half of the district) have fled since May.", "400,000", Metric.Displaced)]
    [InlineData("More than 3,100 Ukrainians have been brought home from captivity.", "3,100", Metric.Other)]
    [InlineData("Officials said Russia had forcibly transferred at least 2,300 children.", "2,300", Metric.Displaced)]
    [InlineData("About 6,000 people are believed to remain under the rubble.", "6,000", Metric.Missing)]
    [InlineData("Some 4,000 soldiers are believed to be held by Russia.", "4,000", Metric.Captured)]
    [InlineData("The gunmen killed nine villagers and took 40 hostage.", "40", Metric.Captured)]
    [InlineData("Russia was still holding at least 6,500 Ukrainian soldiers.", "6,500", Metric.Captured)]
    [InlineData("The two sides each released 150 prisoners of war on Monday.", "150", Metric.Other)]
    [InlineData("Ukraine and Russia exchanged 95 prisoners of war each.", "95", Metric.Other)]
    [InlineData("The swap brought the number of Ukrainians returned from Russian captivity to 3,956.", "3,956", Metric.Other)]
    [InlineData("The junta said 5,000 men will be called up each month.", "5,000", Metric.Deployed)]
    [InlineData("Investigators said they had documented 3,141 killings this year.", "3,141", Metric.Killed)]
    [InlineData("Villagers said they had helped bury 26 people near the river.", "26", Metric.Killed)]
    [InlineData("Police said nine of the escaped inmates had been recaptured.", "nine", Metric.Detained)]
    [InlineData("At a rally for units that had fought in the east, the names of 64 fallen soldiers were read out.", "64", Metric.Killed)]
    [InlineData("Camp managers were registering about 900 new arrivals a day.", "900", Metric.Displaced)]
    [InlineData("An estimated 310,000 people have crossed from Lebanon into Syria since September.", "310,000", Metric.Displaced)]
    [InlineData("Some 9,000 refugees crossed from South Sudan into Uganda in a week.", "9,000", Metric.Displaced)]
    [InlineData("\"We lost 11 men and six others were hurt,\" the captain said.", "11", Metric.Killed)]
    [InlineData("The General Staff said Russia had lost 1,240 troops over the past day.", "1,240", Metric.KilledOrWounded)]
    public void Reads_the_metric_from_the_verb_group(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
        Assert.False(run.Draft.MetricGuessed);
    }

    [Theory]
    [InlineData("His company had killed or wounded more than 600 enemy soldiers since November, he said.", "600")]
    [InlineData("The shelling killed and injured 35 people at a bus stop.", "35")]
    [InlineData("Snipers wounded or killed at least 14 aid seekers near the crossing.", "14")]
    public void An_active_killing_and_wounding_pair_before_the_count_counts_both(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(Metric.KilledOrWounded, run.Draft.Metric);
    }

    [Fact]
    public void A_wounding_verb_after_a_killed_count_counts_only_the_wounded()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "The strike killed 12 people and wounded 30 others.", "30");
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }

    [Fact]
    public void A_weak_word_before_a_people_noun_names_their_unit_not_their_fate()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Of the troops sent so far, around 3,000 were combat engineers.", "3,000");
        Assert.NotEqual(Metric.Engaged, run.Draft.Metric);
    }

    [Fact]
    public void A_swap_counts_the_released_as_other()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Both sides freed 150 soldiers in the exchange.", "150");
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Fact]
    public void A_count_joined_by_and_reads_no_verb_back_into_the_count_before()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Those freed were 140 enlisted soldiers and four officers from the navy.", "four");
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Fact]
    public void Prisoners_still_to_be_exchanged_are_prisoners()
    {
        // The clause reads a swap (other); SwapToCome, after the status rules, keeps prisoners a swap has not yet freed held.
        var run = CountPhraseRun.Of(SwapToCome.Rule, "Officials said 1,000 prisoners on each side are to be exchanged over three days.", "1,000");
        Assert.Equal(Metric.Captured, run.Draft.Metric);
    }

    [Fact]
    public void A_coordinated_count_gives_its_verb_to_the_one_before()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Officials said 30 rebels and 4 soldiers were killed.", "4");
        Assert.Equal(Metric.Killed, run.Draft.Metric);
        Assert.Equal(Metric.Killed, run.Phrase.Previous!.Metric);
        Assert.False(run.Phrase.Previous.MetricGuessed);
    }

    [Fact]
    public void With_no_metric_word_soldiers_are_guessed_deployed()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "There are now 3,000 soldiers in the region.", "3,000");
        Assert.Equal(Metric.Deployed, run.Draft.Metric);
        Assert.True(run.Draft.MetricGuessed);
    }

    [Fact]
    public void A_share_of_the_whole_between_count_and_verb_is_read_past()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "About 210,000 people, nine in ten of the district's population, have been displaced.", "210,000");
        Assert.Equal(Metric.Displaced, run.Draft.Metric);
    }
}
