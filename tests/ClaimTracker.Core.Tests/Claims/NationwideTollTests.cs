using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class NationwideTollTests
{
    private static readonly ClaimExtractor Extractor = new();

    private const string Update = "Monthly figures from the UN Human Rights Monitoring Mission in Ukraine were released on Monday.\n\n";

    [Theory]
    [InlineData(Update + "The mission said 140 civilians were killed during the month.", 140, "Ukrainian civilians")]
    [InlineData(Update + "Nine children were killed and 41 were injured, the update says.", 41, "Ukrainian children")]
    [InlineData(Update + "The UN has verified that 2,450 children were killed or injured since the invasion began.", 2450, "Ukrainian children")]
    [InlineData(Update + "Some 3,050 civilians have been killed or wounded since the invasion, the update says.", 3050, "Ukrainian civilians")]
    [InlineData("Attacks on energy sites continue, Council hears\n\nThe new year has brought civilians in Ukraine no relief, the UN's political chief told the Council.\n\nAt least 12,010 civilians have been killed since the invasion began, the UN human rights office said.", 12010, "Ukrainian civilians")]
    public void A_monitors_bare_toll_takes_the_monitored_country(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData(Update + "In Kharkiv city, drones killed 12 civilians during the month.", 12, "civilians")]
    [InlineData(Update + "Among the dead were 11 children, the mission said.", 11, "children")]
    [InlineData(Update + "A missile strike on a bus stop killed seven civilians, the mission said.", 7, "civilians")]
    [InlineData(Update + "At least 1,200 civilians were killed in Kupiansk during the assault, the mission said.", 1200, "civilians")]
    [InlineData(Update + "In Kharkiv city, 36 children were killed or injured during the month, the mission said.", 36, "children")]
    [InlineData("Civilians under fire\n\nThe mission said 140 civilians were killed during the month.", 140, "civilians")]
    [InlineData("Attacks on energy sites continue\n\nThe new year has brought civilians in Ukraine no relief, the UN said.\n\nAcross the country, Russian attacks killed at least nine civilians, regional officials said.", 9, "civilians")]
    public void A_share_a_town_or_no_monitored_country_keeps_the_toll_bare(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData(Update + "Since the invasion HRMMU has confirmed 8,120 civilian deaths, including 480 children, and 15,300 injuries.", 8120, "Ukrainian civilians")]
    [InlineData(Update + "Since the invasion HRMMU has confirmed 8,120 civilian deaths, including 480 children, and 15,300 injuries.", 480, "children")]
    [InlineData(Update + "Since the invasion the mission has confirmed 8,120 civilian deaths, among them 480 children, and 15,300 injuries.", 15300, "Ukrainian civilians")]
    [InlineData(Update + "Her predecessor had reported 4,310 documented deaths and 7,020 injuries a year earlier.", 4310, "Ukrainian civilians")]
    public void A_monitors_deaths_and_injuries_are_the_monitored_countrys_civilians(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }

    [Theory]
    [InlineData("Cholera spreads in the east\n\nThe outbreak has reached camps in Sudan, the UN said.\n\nSome 2,100 deaths have been recorded since July, the United Nations said.", 2100, "people")]
    [InlineData(Update + "In Kharkiv city the mission recorded 64 civilian deaths in the month.", 64, "people")]
    public void Deaths_with_no_monitored_country_or_in_a_town_stay_people(string text, double value, string subject)
    {
        Assert.Equal(subject, Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject);
    }
}
