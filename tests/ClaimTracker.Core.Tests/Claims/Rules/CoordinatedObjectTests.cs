using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary><see cref="CoordinatedObject"/>, read through <see cref="ClauseMetric"/>.</summary>
public sealed class CoordinatedObjectTests
{
    [Theory]
    [InlineData("Gunmen stormed the school, abducting 37 pupils and four teachers and killing two guards.", "four", Metric.Captured)]
    [InlineData("Gunmen stormed the school, abducting 37 pupils and four teachers and killing two guards.", "two", Metric.Killed)]
    [InlineData("The attackers seized 12 farmers, three herders and five traders.", "three", Metric.Captured)]
    [InlineData("The attackers seized 12 farmers, three herders and five traders.", "five", Metric.Captured)]
    [InlineData("The strike killed nine people on Tuesday, six Palestinians and three foreigners, the ministry said.", "six", Metric.Killed)]
    [InlineData("The raid wounded 14 people in Rafah, ten women and four children, medics said.", "four", Metric.Wounded)]
    public void Objects_listed_after_a_verb_take_that_verb(string text, string number, Metric metric)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(metric, run.Draft.Metric);
    }

    [Theory]
    [InlineData("Gunmen killed 11 herders of Um Badr village west of Bara, eight farmers in Al-Khuwei and five in Abu Zabad.", "eight")]
    [InlineData("Gunmen killed 11 herders of Um Badr village west of Bara, eight farmers in Al-Khuwei and five in Abu Zabad.", "five")]
    [InlineData("Drones killed three residents of Kherson Oblast, two in Bilozerka and one in Antonivka.", "two")]
    public void Objects_listed_with_their_places_take_the_verb(string text, string number)
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, text, number);
        Assert.Equal(Metric.Killed, run.Draft.Metric);
    }

    [Fact]
    public void A_count_with_a_verb_group_of_its_own_keeps_it()
    {
        var run = CountPhraseRun.Of(ClauseMetric.Rule, "Militants killed 14 soldiers and 20 were wounded.", "20");
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }
}
