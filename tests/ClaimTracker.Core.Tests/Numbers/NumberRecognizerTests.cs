using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Tests.Numbers;

/// <summary>Number parsing on news phrasing from many conflicts: values, qualifiers, ranges, vague amounts, traits, offsets.</summary>
public sealed class NumberRecognizerTests
{
    private static NumberMention Single(string text, string mentionText)
    {
        var matches = NumberRecognizer.Find(text).Where(m => m.MentionText == mentionText).ToList();
        Assert.True(matches.Count == 1,
            $"expected one mention \"{mentionText}\" in \"{text}\"; found: {string.Join(" | ", NumberRecognizer.Find(text).Select(m => m.MentionText))}");
        var m = matches[0];
        // Offsets must point at the words they claim to cover.
        Assert.Equal(mentionText, text[m.MentionStart..m.MentionEnd]);
        Assert.Equal(m.Text, text[m.Start..m.End]);
        return m;
    }

    [Theory]
    [InlineData("Israel said 10,000 Hamas fighters had been killed.", "10,000", 10000)]
    [InlineData("The strike killed 1,234,567 — no, a typo.", "1,234,567", 1234567)]
    [InlineData("Sudan's war has displaced 1.5 million people from Khartoum.", "1.5 million", 1500000)]
    // 8.2 × 10⁶ in binary floating point is 8199999.999999999: the figure must come out whole.
    [InlineData("The two plans seek $3.32 billion to support 8.2 million people.", "8.2 million", 8200000)]
    [InlineData("Aid reached 14.7 billion meals, the agency claimed.", "14.7 billion", 14700000000)]
    [InlineData("Russia has lost 2.3bn dollars of equipment.", "2.3bn", 2300000000)]
    [InlineData("The RSF mustered 12k fighters near El Fasher.", "12k", 12000)]
    [InlineData("Turnout rose by .08 points.", ".08", 0.08)]
    [InlineData("Two soldiers were wounded in Donetsk.", "Two", 2)]
    [InlineData("Ten thousand troops massed on the border.", "Ten thousand", 10000)]
    [InlineData("The convoy carried one hundred and twenty civilians out of Aleppo.", "one hundred and twenty", 120)]
    [InlineData("A dozen aid workers were detained in Tigray.", "A dozen", 12)]
    [InlineData("Half a million refugees crossed into Poland in a week.", "Half a million", 500000)]
    [InlineData("A hundred peacekeepers were sent to Goma.", "A hundred", 100)]
    [InlineData("Twenty-five militants surrendered in Idlib.", "Twenty-five", 25)]
    [InlineData("Pyongyang sent 1 million shells and 3 thousand troops.", "3 thousand", 3000)]
    [InlineData("Pyongyang sent 1 million shells and 3 thousand troops.", "1 million", 1000000)]
    [InlineData("About one point five million people fled Rafah.", "About one point five million", 1500000)]
    [InlineData("The Houthis hold fifteen hundred prisoners.", "fifteen hundred", 1500)]
    [InlineData("Three dozen hostages were freed.", "Three dozen", 36)]
    [InlineData("Officials counted 4 thousand 3 hundred and 21 graves.", "4 thousand 3 hundred and 21", 4321)]
    [InlineData("Nearly two thirds of the town was destroyed.", "Nearly two thirds", 2.0 / 3)]
    [InlineData("Some one and a half million Syrians returned.", "Some one and a half million", 1500000)]
    [InlineData("A quarter of a million Rohingya live in the camps.", "A quarter of a million", 250000)]
    [InlineData("The toll reached 40 000 according to the French tally.", "40 000", 40000)]
    [InlineData("Temperatures fell to -5 overnight in Kharkiv.", "-5", -5)]
    [InlineData("The UN said the 2,000-strong force would stay.", "2,000", 2000)]
    [InlineData("Fighters numbered nine hundred and ninety-nine.", "nine hundred and ninety-nine", 999)]
    [InlineData("Kyiv said 1,500 Russian soldiers were killed in a day.", "1,500", 1500)]
    [InlineData("The BBC said 1.5m people fled Mosul.", "1.5m", 1500000)]
    [InlineData("Turkey hosts 3m Syrians.", "3m", 3000000)]
    [InlineData("Gaza's two-thirds majority", "two-thirds", 2.0 / 3)]
    [InlineData("One-third are under 10 years old.", "One-third", 1.0 / 3)]
    [InlineData("One third were women, the IOM said.", "One third", 1.0 / 3)]
    [InlineData("One in five children in Yemen is malnourished.", "One in five", 0.2)]
    [InlineData("They said four-thousand-300 have been wounded.", "four-thousand-300", 4300)]
    [InlineData("Some 290 were killed and 27-hundred-50 wounded.", "27-hundred-50", 2750)]
    [InlineData("The North sent 14-thousand troops in two rounds.", "14-thousand", 14000)]
    [InlineData("Officials said two-thousand-600 were wounded in Kursk.", "two-thousand-600", 2600)]
    public void Reads_single_numbers(string text, string mentionText, double value)
    {
        var m = Single(text, mentionText);
        Assert.Equal(NumberKind.Value, m.Kind);
        Assert.Equal(value, m.Value!.Value, 6);
    }

    [Theory]
    [InlineData("North Korea deployed about 11,000 soldiers to Kursk.", "about 11,000", Qualifier.Approximately, 11000, null, null)]
    [InlineData("Around 400 have been killed, officials in Seoul said.", "Around 400", Qualifier.Approximately, 400, null, null)]
    [InlineData("Approximately 3,000 were wounded in the offensive.", "Approximately 3,000", Qualifier.Approximately, 3000, null, null)]
    [InlineData("An estimated 63,000 people are missing in Sudan.", "An estimated 63,000", Qualifier.Approximately, 63000, null, null)]
    [InlineData("Some 5,000 civilians sheltered in the Azovstal plant.", "Some 5,000", Qualifier.Approximately, 5000, null, null)]
    [InlineData("Roughly 800 Wagner fighters withdrew from Mali.", "Roughly 800", Qualifier.Approximately, 800, null, null)]
    [InlineData("Nearly 3,000 Palestinians were arrested.", "Nearly 3,000", Qualifier.Approximately, 3000, null, null)]
    [InlineData("Almost 200 journalists have died in Gaza.", "Almost 200", Qualifier.Approximately, 200, null, null)]
    [InlineData("Close to 500 Ethiopian soldiers were captured.", "Close to 500", Qualifier.Approximately, 500, null, null)]
    [InlineData("Ukraine estimated 300 casualties a day.", "estimated 300", Qualifier.Approximately, 300, null, null)]
    [InlineData("Russia has suffered over 600,000 casualties, NATO says.", "over 600,000", Qualifier.MoreThan, 600000, 600000d, null)]
    [InlineData("More than 1,000 troops were sent to Niger.", "More than 1,000", Qualifier.MoreThan, 1000, 1000d, null)]
    [InlineData("Upwards of 10,000 mercenaries fight for the junta.", "Upwards of 10,000", Qualifier.MoreThan, 10000, 10000d, null)]
    [InlineData("In excess of 2,000 homes were shelled.", "In excess of 2,000", Qualifier.MoreThan, 2000, 2000d, null)]
    [InlineData("The death toll has climbed past 40,000, officials in Gaza said.", "past 40,000", Qualifier.MoreThan, 40000, 40000d, null)]
    [InlineData("Sudan's displaced topped 10 million this year.", "topped 10 million", Qualifier.MoreThan, 10000000, 10000000d, null)]
    [InlineData("At least 50 people were killed in Khan Younis.", "At least 50", Qualifier.AtLeast, 50, 50d, null)]
    [InlineData("No fewer than 40 villagers were abducted in Zamfara.", "No fewer than 40", Qualifier.AtLeast, 40, 40d, null)]
    [InlineData("A minimum of 20 peacekeepers will rotate in.", "A minimum of 20", Qualifier.AtLeast, 20, 20d, null)]
    [InlineData("As many as 12,000 troops could be sent.", "As many as 12,000", Qualifier.UpTo, 12000, null, 12000d)]
    [InlineData("Up to 700 contract workers will be evacuated.", "Up to 700", Qualifier.UpTo, 700, null, 700d)]
    [InlineData("Fewer than 300 fighters remain in Bakhmut.", "Fewer than 300", Qualifier.LessThan, 300, null, 300d)]
    [InlineData("Less than 100 soldiers guard the dam.", "Less than 100", Qualifier.LessThan, 100, null, 100d)]
    [InlineData("Under 50 medics are left in the north.", "Under 50", Qualifier.LessThan, 50, null, 50d)]
    [InlineData("Casualties stayed below 1,000 that month.", "below 1,000", Qualifier.LessThan, 1000, null, 1000d)]
    [InlineData("Fewer than a thousand Yazidis remain.", "Fewer than a thousand", Qualifier.LessThan, 1000, null, 1000d)]
    [InlineData("More than two dozen ships were hit in the Red Sea.", "More than two dozen", Qualifier.MoreThan, 24, 24d, null)]
    [InlineData("50 or more people died in the Kramatorsk strike.", "50 or more", Qualifier.AtLeast, 50, 50d, null)]
    [InlineData("Officials said 1,000+ troops had crossed.", "1,000+", Qualifier.AtLeast, 1000, 1000d, null)]
    [InlineData("Ten or fewer aid trucks entered per day.", "Ten or fewer", Qualifier.UpTo, 10, null, 10d)]
    [InlineData("The army said exactly 97 hostages were freed.", "exactly 97", Qualifier.Exact, 97, null, null)]
    [InlineData("with an additional 3,500 expected next month", "an additional 3,500", Qualifier.Exact, 3500, null, null)]
    [InlineData("A dozen or so fighters held the bridge.", "A dozen or so", Qualifier.Approximately, 12, null, null)]
    [InlineData("Their number is estimated at 7,000 in Tigray.", "estimated at 7,000", Qualifier.Approximately, 7000, null, null)]
    public void Maps_qualifiers_to_low_best_high(string text, string mentionText, Qualifier qualifier, double value, double? low, double? high)
    {
        var m = Single(text, mentionText);
        Assert.Equal(qualifier, m.Qualifier);
        Assert.Equal(value, m.Value);
        Assert.Equal(low, m.Low);
        Assert.Equal(high, m.High);
        if (m.QualifierText != null)
        {
            Assert.Equal(m.QualifierText, text.Substring(m.QualifierStart, m.QualifierText.Length));
            Assert.True(m.QualifierStart < m.Start);
        }
    }

    [Theory]
    [InlineData("Estimates put the force at 10,000-12,000 troops.", "10,000-12,000", 10000, 12000)]
    [InlineData("Estimates put the force at 10,000–12,000 troops.", "10,000–12,000", 10000, 12000)]
    [InlineData("Estimates put the force at 10,000 to 12,000 troops.", "10,000 to 12,000", 10000, 12000)]
    [InlineData("Between 10,000 and 12,000 troops are in Kursk.", "Between 10,000 and 12,000", 10000, 12000)]
    [InlineData("The toll rose from 10 to 12 overnight in Kherson.", "from 10 to 12", 10, 12)]
    [InlineData("Between 10 and 12 million Syrians need aid.", "Between 10 and 12 million", 10000000, 12000000)]
    [InlineData("Sudan has 8 to 10 million displaced people.", "8 to 10 million", 8000000, 10000000)]
    [InlineData("The Houthis fired 5k-20k drones, analysts say.", "5k-20k", 5000, 20000)]
    [InlineData("Between two and three thousand Eritrean troops remain.", "Between two and three thousand", 2000, 3000)]
    [InlineData("Officials say 200 - 300 people are trapped.", "200 - 300", 200, 300)]
    [InlineData("It would take 1.5-2 million shells.", "1.5-2 million", 1500000, 2000000)]
    [InlineData("Some 8.2-8.6 million people need help.", "8.2-8.6 million", 8200000, 8600000)]
    [InlineData("Two-three brigades were moved to Zaporizhzhia.", "Two-three", 2, 3)]
    [InlineData("Aged between 18 and 60, the men were mobilised.", "between 18 and 60", 18, 60)]
    [InlineData("Two or three drones hit Belgorod overnight.", "Two or three", 2, 3)]
    [InlineData("Kyiv puts Russian losses at 70-80,000 in the Bakhmut fighting.", "70-80,000", 70000, 80000)]
    [InlineData("Shelters took in 200-1,000 people a night.", "200-1,000", 200, 1000)]
    [InlineData("Police said 10 or 12 protesters were detained in Tbilisi.", "10 or 12", 10, 12)]
    [InlineData("Estimates ran from 10 thousand-12 thousand troops.", "10 thousand-12 thousand", 10000, 12000)]
    public void Reads_ranges_with_both_ends(string text, string mentionText, double low, double high)
    {
        var m = Single(text, mentionText);
        Assert.Equal(NumberKind.Range, m.Kind);
        Assert.Equal(Qualifier.Range, m.Qualifier);
        Assert.Null(m.Value);
        Assert.Equal(low, m.Low!.Value, 3);
        Assert.Equal(high, m.High!.Value, 3);
        Assert.Equal(2, m.Bounds.Count);
    }

    [Theory]
    [InlineData("with thousands more expected to arrive soon", "thousands more", 2000)]
    [InlineData("Hundreds were killed in the Gaza strike.", "Hundreds", 200)]
    [InlineData("Dozens of civilians died in Odesa.", "Dozens", 24)]
    [InlineData("Tens of thousands fled El Geneina.", "Tens of thousands", 20000)]
    [InlineData("Hundreds of thousands of Syrians remain displaced.", "Hundreds of thousands", 200000)]
    [InlineData("Several hundred Wagner fighters arrived.", "Several hundred", 200)]
    [InlineData("A few thousand troops stayed in Mali.", "A few thousand", 2000)]
    [InlineData("Scores of people were wounded in Port-au-Prince.", "Scores", 40)]
    [InlineData("Millions of Ukrainians have left the country.", "Millions", 2000000)]
    [InlineData("Hundreds more were detained in Tehran.", "Hundreds more", 200)]
    public void Vague_amounts_have_a_conservative_low_and_no_value(string text, string mentionText, double low)
    {
        var m = Single(text, mentionText);
        Assert.Equal(NumberKind.Vague, m.Kind);
        Assert.Equal(Qualifier.Vague, m.Qualifier);
        Assert.Null(m.Value);
        Assert.Null(m.High);
        Assert.Equal(low, m.Low);
    }

    [Theory]
    [InlineData("The offensive began in 2024.", "2024", NumberTraits.YearLike)]
    [InlineData("Shelling resumed on March 5 in Sumy.", "5", NumberTraits.Date)]
    [InlineData("Shelling resumed on 5 March in Sumy.", "5", NumberTraits.Date)]
    [InlineData("The meeting was held on 5/17/2018 in Geneva.", "17", NumberTraits.Date)]
    [InlineData("Aid rose by 20% this year.", "20", NumberTraits.Percent)]
    [InlineData("Aid rose by 20 percent this year.", "20", NumberTraits.Percent)]
    [InlineData("Congress approved $1.5 billion for Kyiv.", "1.5 billion", NumberTraits.Money)]
    [InlineData("The fund pays £2m a year.", "2m", NumberTraits.Money)]
    [InlineData("Russia fired Type-75 rockets and MiG-29 jets flew.", "75", NumberTraits.ModelName)]
    [InlineData("The Su-34 bomber was shot down.", "34", NumberTraits.ModelName)]
    [InlineData("3 min read", "3", NumberTraits.Duration)]
    [InlineData("A 10-year-old girl was killed in Rafah.", "10", NumberTraits.Age)]
    [InlineData("He was aged 25 when he enlisted.", "25", NumberTraits.Age)]
    [InlineData("A third of the troops were conscripts.", "A third", NumberTraits.Fraction)]
    [InlineData("The front is 29 km from Pokrovsk.", "29", NumberTraits.Measure)]
    [InlineData("Yu visited Washington from Feb. 23-26.", "23-26", NumberTraits.Date)]
    [InlineData("It sold billions of dollars' worth of arms.", "billions", NumberTraits.Money)]
    [InlineData("Aged between 18 and 60, the men were mobilised.", "18 and 60", NumberTraits.Age)]
    [InlineData("Bombs fell at 10:30 in Kharkiv.", "10", NumberTraits.Time)]
    [InlineData("The report, published 12.03.2024, put the toll at 3,400.", "2024", NumberTraits.Date)]
    public void Marks_numbers_that_are_not_people_counts(string text, string numberText, NumberTraits trait)
    {
        var m = NumberRecognizer.Find(text).Single(x => x.Text == numberText);
        Assert.True((m.Traits & trait) == trait, $"{numberText} in \"{text}\" has traits {m.Traits}, expected {trait}");
    }

    [Theory]
    [InlineData("The 11th Corps and the 68th Division moved north.")]
    [InlineData("It was the third attack this week.")]
    [InlineData("Drones carried 180ml vials and struck 29km away.")]
    [InlineData("The one you mentioned was wrong.")]
    [InlineData("No one was hurt in the blast.")]
    [InlineData("A second wave of strikes hit Lviv.")]
    [InlineData("They met the A320 crew and H1N1 doctors.")]
    [InlineData("A 10m wall surrounds the base.")]
    [InlineData("F-16s and 155mm shells arrived in the 1990s.")]
    public void Reports_no_number_for_ordinals_units_and_pronouns(string text)
    {
        Assert.Empty(NumberRecognizer.Find(text));
    }

    [Fact]
    public void Offsets_cover_the_number_and_the_mention_covers_its_qualifier()
    {
        const string text = "The NIS said about 11,000 North Korean troops are in Russia.";
        var m = Assert.Single(NumberRecognizer.Find(text));
        Assert.Equal(19, m.Start);
        Assert.Equal(25, m.End);
        Assert.Equal("11,000", m.Text);
        Assert.Equal(13, m.QualifierStart);
        Assert.Equal("about", m.QualifierText);
        Assert.Equal(13, m.MentionStart);
        Assert.Equal("about 11,000", m.MentionText);
    }

    [Fact]
    public void Finds_every_number_of_a_paragraph_in_text_order()
    {
        const string text = "Kyiv says 1,500 Russian soldiers died on Tuesday; Moscow says about 200. Hundreds more are missing, and between 30 and 40 were captured.";
        var found = NumberRecognizer.Find(text);
        Assert.Equal(["1,500", "about 200", "Hundreds more", "between 30 and 40"], found.Select(m => m.MentionText));
        Assert.Equal(found.OrderBy(m => m.Start).Select(m => m.Start), found.Select(m => m.Start));
    }

    [Theory]
    [InlineData("Thousands of troops march 20 km a day.", "20")]
    [InlineData("Doctors warn 5 may die without fuel.", "5")]
    public void Lowercase_month_words_do_not_make_dates(string text, string numberText)
    {
        var m = NumberRecognizer.Find(text).Single(x => x.Text == numberText);
        Assert.False(m.IsDate);
    }

    [Theory]
    [InlineData("The toll of soldiers killed since October 27 to 146, the army said.", "27", 146)]
    [InlineData("Officials raised the count of displaced since June 30 to 4,000.", "30", 4000)]
    public void A_day_of_the_month_before_to_is_a_date_not_the_low_end_of_a_range(string text, string dayText, double count)
    {
        var numbers = NumberRecognizer.Find(text);
        Assert.True(numbers.Single(x => x.Text == dayText).IsDate);
        var m = Assert.Single(numbers, x => x.Value == count);
        Assert.Equal(NumberKind.Value, m.Kind);
        Assert.Null(m.Low);
    }

    [Theory]
    [InlineData("Russian strikes killed 5 in 24 hours in Sumy.", "5")]
    [InlineData("The army lost 3 in 2024 alone.", "3")]
    public void A_count_with_a_time_is_not_a_ratio(string text, string numberText)
    {
        var m = NumberRecognizer.Find(text)[0];
        Assert.Equal(numberText, m.Text);
        Assert.False(m.IsFraction);
    }

    [Fact]
    public void Year_ranges_keep_their_year_trait()
    {
        var m = Assert.Single(NumberRecognizer.Find("The 2014-2022 war in Donbas"));
        Assert.Equal(NumberKind.Range, m.Kind);
        Assert.True(m.IsYearLike);
    }

    [Fact]
    public void Dates_and_phone_numbers_are_not_ranges()
    {
        Assert.DoesNotContain(NumberRecognizer.Find("Filed on 2024-10-05, call +1-222-2222-2222."), m => m.Kind == NumberKind.Range);
        Assert.DoesNotContain(NumberRecognizer.Find("Reported 1995-01."), m => m.Kind == NumberKind.Range);
    }

    [Fact]
    public void A_dotted_day_and_month_is_a_date()
    {
        var found = NumberRecognizer.Find("The losses of the enemy from 24.02 to 27.06 amounted to 35,250 servicemen.");
        Assert.All(found.Where(n => n.Value < 100), n => Assert.True(n.IsDate));
        Assert.Contains(found, n => n.Value == 35250 && !n.IsDate);
        Assert.DoesNotContain(NumberRecognizer.Find("The rate rose to 12.75 in May."), n => n.IsDate);
        Assert.DoesNotContain(NumberRecognizer.Find("The number of refugees rose to 1.10 million."), n => n.IsDate);
    }
}
