using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The metric and status vocabulary by family (docs/extraction.md, "Metric vocabulary by family (session 11)"): one
/// sentence of our own per word or construction taken from the reading of real reports, run through the whole
/// extractor. Dropping a word from Claims/Words/*.json, or a construction that reads it, fails its row. The ambiguous
/// words ("lost", "casualties", "held", "set", "due", "arrivals") are tested on both sides of the construction that decides.
/// </summary>
public sealed class MetricVocabularyTests
{
    private static ExtractedClaim Claim(string text, string number)
    {
        var claims = new ClaimExtractor().Extract(text);
        var claim = claims.FirstOrDefault(c => c.MentionText.EndsWith(number, StringComparison.Ordinal));
        Assert.True(claim is not null, $"no claim for '{number}' in: {text} (got {string.Join(", ", claims.Select(c => c.MentionText))})");
        return claim!;
    }

    [Theory]
    [InlineData("Officials said 14 civilians succumbed to their wounds overnight.", "14")]
    [InlineData("The hospital said four of the wounded later succumbed.", "four")]
    [InlineData("Hospital staff said 3 of the injured died of their wounds.", "3")]
    [InlineData("Witnesses said gunmen had gunned down 12 villagers near the well.", "12")]
    [InlineData("The health ministry said 45 martyrs had arrived at the hospitals since dawn.", "45")]
    [InlineData("The agency said 300 corpses had been buried in a mass grave.", "300")]
    [InlineData("Rescuers recovered the corpses of 17 people from the ruins.", "17")]
    [InlineData("Police said 40 deceased were taken to the morgue.", "40")]
    [InlineData("The group said it was still holding the remains of 28 captives.", "28")]
    [InlineData("Medics said 22 people perished when the shelter collapsed.", "22")]
    [InlineData("At least 60 people lost their lives in the raid, the governor said.", "60")]
    [InlineData("The ministry said 31 people were shot dead at the checkpoint.", "31")]
    [InlineData("The ministry said 46 civilians were slain in the strikes.", "46")]
    [InlineData("Nine volunteers who ran the kitchen were also among the dead, the charity said.", "Nine")]
    [InlineData("The drone killed Omar Haddad, a local commander, along with three civilians, medics said.", "three")]
    public void Killed_family(string text, string number) => Assert.Equal(Metric.Killed, Claim(text, number).Metric);

    [Theory]
    [InlineData("Doctors said 300 amputations had been carried out in a month.", "300")]
    [InlineData("The charity said it was caring for 80 child amputees.", "80")]
    [InlineData("The ministry said 54 people suffered injuries in the strike.", "54")]
    [InlineData("The governor said 12 people were hospitalised after the attack.", "12")]
    [InlineData("The hospital said 18 people sustained shrapnel wounds.", "18")]
    [InlineData("Officials said 9 children were maimed by the explosion.", "9")]
    public void Wounded_family(string text, string number) => Assert.Equal(Metric.Wounded, Claim(text, number).Metric);

    [Theory]
    [InlineData("The ministry said the strikes caused 150 casualties.", "150")]
    [InlineData("Western officials said the units had suffered 4,000 battle losses.", "4,000")]
    [InlineData("The general staff said Russia lost 1,200 troops in a day.", "1,200")]
    [InlineData("The army said 500 soldiers were killed or injured that week.", "500")]
    public void Killed_or_wounded_family(string text, string number) => Assert.Equal(Metric.KilledOrWounded, Claim(text, number).Metric);

    [Theory]
    [InlineData("The defence ministry said 26 Ukrainian soldiers had laid down their arms.", "26")]
    [InlineData("The army said 82 servicemen had given themselves up.", "82")]
    [InlineData("The forum said 48 captives remain in Gaza.", "48")]
    [InlineData("The army said 120 soldiers were taken into captivity.", "120")]
    [InlineData("Kidnappers seized 19 passengers from the bus, police said.", "19")]
    [InlineData("Officials said 14,000 civilians were still being held in Russia.", "14,000")]
    public void Captured_family(string text, string number) => Assert.Equal(Metric.Captured, Claim(text, number).Metric);

    [Theory]
    [InlineData("Police said they had apprehended 45 suspects after the riot.", "45")]
    [InlineData("More than 9,000 Palestinian detainees remain in Israeli jails.", "9,000")]
    [InlineData("The ministry said 60 people were incarcerated after the protests.", "60")]
    [InlineData("Police said 17 people were held for questioning.", "17")]
    [InlineData("Rights groups said 1,200 men were being held without charge.", "1,200")]
    [InlineData("Authorities said 300 protesters had been rounded up.", "300")]
    public void Detained_family(string text, string number) => Assert.Equal(Metric.Detained, Claim(text, number).Metric);

    [Theory]
    [InlineData("The agency said 10,000 people went missing after the city fell.", "10,000")]
    [InlineData("The whereabouts of 300 refugees remain unknown, the agency said.", "300")]
    [InlineData("MSF said 5,000 people remain unaccounted for after the city fell.", "5,000")]
    public void Missing_family(string text, string number) => Assert.Equal(Metric.Missing, Claim(text, number).Metric);

    [Theory]
    [InlineData("More than 20,000 Lebanese sought refuge in Iraq.", "20,000")]
    [InlineData("About 1.5 million people abandoned their residences, the government said.", "1.5 million")]
    [InlineData("The agency counted 12,000 new arrivals in Adre in two days.", "12,000")]
    [InlineData("About 90,000 asylum seekers arrived in Chad, the agency said.", "90,000")]
    [InlineData("Officials said 3,757 IDPs were staying in the agency's shelters.", "3,757")]
    [InlineData("Officials said 1.2 million Lebanese have been uprooted by the fighting.", "1.2 million")]
    [InlineData("UNHCR said 947,000 people have crossed the border into neighbouring countries.", "947,000")]
    [InlineData("About 80,000 Eritreans have left the country this year, the agency said.", "80,000")]
    [InlineData("The war has driven 2,000 Syrian doctors abroad, the association said.", "2,000")]
    // Crossed with no border named (BareCrossing): the time word, a comma or the sentence's end after the verb.
    [InlineData("More than 4,000 people have crossed since Friday, the refugee agency said.", "4,000")]
    [InlineData("The agency said 1,200 people had crossed, most of them women and children.", "1,200")]
    [InlineData("About 700 people crossed overnight, the border police said.", "700")]
    [InlineData("Up to 3,000 people may have crossed in the past two days, the agency said.", "3,000")]
    public void Displaced_family(string text, string number) => Assert.Equal(Metric.Displaced, Claim(text, number).Metric);

    [Fact]
    public void Soldiers_who_crossed_are_not_displaced() =>
        Assert.NotEqual(Metric.Displaced, Claim("About 300 soldiers crossed overnight, the army said.", "300").Metric);

    [Theory]
    [InlineData("Medics said 14 patients were airlifted to Amman.", "14")]
    [InlineData("Officials said 545 children were evacuated from the town last week.", "545")]
    [InlineData("The navy said it had rescued 120 migrants at sea.", "120")]
    [InlineData("Some 600 German citizens have been flown out of Lebanon, the foreign office said.", "600")]
    public void Evacuated_family(string text, string number) => Assert.Equal(Metric.Evacuated, Claim(text, number).Metric);

    [Theory]
    [InlineData("Kyiv said 95 defenders returned home from Russian captivity.", "95")]
    [InlineData("Hamas freed 20 living hostages on Monday.", "20")]
    [InlineData("Israel freed 90 Palestinian detainees on Monday.", "90")]
    [InlineData("The army said the last 20 living captives held in Gaza have been transferred to its forces.", "20")]
    public void Released_are_other(string text, string number) => Assert.Equal(Metric.Other, Claim(text, number).Metric);

    [Theory]
    [InlineData("The NIS said 3,000 North Korean soldiers took part in the assault.", "3,000", Metric.Engaged)]
    [InlineData("The government approved the recruitment of 5,000 soldiers.", "5,000", Metric.Deployed)]
    [InlineData("The ministry said 7,000 men had been conscripted since spring.", "7,000", Metric.Deployed)]
    [InlineData("About 8,000 soldiers left the country after the ceasefire, the army said.", "8,000", Metric.Deployed)]
    public void Fighting_and_deployment(string text, string number, Metric metric) => Assert.Equal(metric, Claim(text, number).Metric);

    [Theory]
    [InlineData("The NIS said Pyongyang was poised to send 6,000 more troops.", "6,000", ClaimStatus.Expected)]
    [InlineData("Officials said 20,000 troops were set to be deployed.", "20,000", ClaimStatus.Expected)]
    [InlineData("The ministry said 400 prisoners are due to be released on Saturday.", "400", ClaimStatus.Planned)]
    [InlineData("The government approved the deployment of 5,000 soldiers.", "5,000", ClaimStatus.Planned)]
    [InlineData("The cabinet authorised the dispatch of 1,000 peacekeepers.", "1,000", ClaimStatus.Planned)]
    [InlineData("Kyiv vowed to free 1,000 prisoners by the end of the year.", "1,000", ClaimStatus.Planned)]
    [InlineData("The NIS said a further 2,000 troops were scheduled to leave next month.", "2,000", ClaimStatus.Planned)]
    [InlineData("Moscow called the claim that 10,000 troops had arrived unfounded.", "10,000", ClaimStatus.Denied)]
    [InlineData("The ministry said reports that 3,000 troops were sent were untrue.", "3,000", ClaimStatus.Denied)]
    public void Status_family(string text, string number, ClaimStatus status) => Assert.Equal(status, Claim(text, number).Status);

    [Theory]
    [InlineData("At least 60 people lost their lives in the raid.", "60", Metric.Killed)]
    [InlineData("Officials said Russia had lost 1,200 troops in the offensive.", "1,200", Metric.KilledOrWounded)]
    [InlineData("Police said 17 people were held for questioning.", "17", Metric.Detained)]
    [InlineData("Officials said 64 hostages were still held in Gaza.", "64", Metric.Captured)]
    [InlineData("The hospital said 8 of the wounded died of their injuries.", "8", Metric.Killed)]
    [InlineData("The hospital said 8 people were killed and wounded in the blast.", "8", Metric.KilledOrWounded)]
    public void Ambiguous_words_follow_their_construction(string text, string number, Metric metric) => Assert.Equal(metric, Claim(text, number).Metric);

    [Theory]
    [InlineData("Officials said 20,000 troops were set to be deployed.", "20,000", ClaimStatus.Expected)]
    [InlineData("Villagers said soldiers set fire to the homes of 30 families.", "30", ClaimStatus.Reported)]
    [InlineData("The ministry said 400 prisoners are due to be released on Saturday.", "400", ClaimStatus.Planned)]
    [InlineData("Due to the fighting, 300 people fled the town, officials said.", "300", ClaimStatus.Reported)]
    public void Set_and_due_follow_their_construction(string text, string number, ClaimStatus status) => Assert.Equal(status, Claim(text, number).Status);
}
