using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class VerbAfterRelativeClauseTests
{
    [Theory]
    [InlineData("About 45 migrants aboard a dinghy that left Sabratha on Friday were unaccounted for.", "45", Metric.Missing)]
    [InlineData("Some 70 fishermen who sailed from the port on Monday were missing, the navy said.", "70", Metric.Missing)]
    [InlineData("Around 30 villagers who stayed behind in the town have been killed.", "30", Metric.Killed)]
    [InlineData("Six gunmen who tried to enter the compound after the explosion were killed.", "Six", Metric.Killed)]
    [InlineData("A lawyers' group recorded 830 people who disappeared after being arrested at checkpoints.", "830", Metric.Missing)]
    [InlineData("More than 690 people, among them 121 children, who were approved for treatment abroad have died.", "690", Metric.Killed)]
    public void Reads_the_main_verb_after_the_relative_clause(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(VerbAfterRelativeClause.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
        Assert.False(run.Draft.MetricGuessed);
    }

    [Fact]
    public void A_metric_word_inside_the_relative_clause_names_their_state()
    {
        var run = CountPhraseRun.Of(VerbAfterRelativeClause.Rule, "Of the 40 passengers who needed hospital care, most came from the capital.", "40");
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }

    [Fact]
    public void A_relative_clause_naming_nothing_leaves_the_guess()
    {
        var run = CountPhraseRun.Of(VerbAfterRelativeClause.Rule, "The 30 teachers who signed the letter met the minister.", "30");
        Assert.Equal(Metric.Other, run.Draft.Metric);
        Assert.True(run.Draft.MetricGuessed);
    }

    [Fact]
    public void Leaves_a_count_whose_clause_gave_its_metric_alone()
    {
        var run = CountPhraseRun.Of(VerbAfterRelativeClause.Rule, "Gunmen abducted 40 people who were later released.", "40");
        Assert.Equal(Metric.Captured, run.Draft.Metric);
    }
}
