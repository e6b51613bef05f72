using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ClaimTimeTests
{
    [Theory]
    [InlineData("In October", "2025-03-05", false, "2024-10-01", AsOfPrecision.Month)]
    [InlineData("in October", "2024-10-20", false, "2024-10-01", AsOfPrecision.Month)]
    [InlineData("by December", "2024-10-01", true, "2024-12-01", AsOfPrecision.Month)]
    [InlineData("by February", "2024-10-01", true, "2025-02-01", AsOfPrecision.Month)]
    [InlineData("in late October", "2025-11-01", false, "2025-10-01", AsOfPrecision.Month)]
    [InlineData("since September", "2025-11-01", false, "2025-11-01", AsOfPrecision.Day)]
    [InlineData("At present", "2025-11-01", false, "2025-11-01", AsOfPrecision.Day)]
    [InlineData("in 2022", "2025-03-05", false, "2022-01-01", AsOfPrecision.Year)]
    [InlineData("on March 5, 2025", null, false, "2025-03-05", AsOfPrecision.Day)]
    [InlineData("on 24 February", "2025-03-05", false, "2025-02-24", AsOfPrecision.Day)]
    [InlineData("on Tuesday", "2025-03-05", false, "2025-03-04", AsOfPrecision.Day)]
    [InlineData("yesterday", "2025-03-05", false, "2025-03-04", AsOfPrecision.Day)]
    [InlineData("last week", "2025-03-05", false, "2025-02-26", AsOfPrecision.Day)]
    [InlineData("last month", "2025-03-05", false, "2025-02-01", AsOfPrecision.Month)]
    [InlineData("next month", "2025-12-05", true, "2026-01-01", AsOfPrecision.Month)]
    [InlineData("last year", "2025-03-05", false, "2024-01-01", AsOfPrecision.Year)]
    // The phrases of conflict reporting, several across a year boundary.
    [InlineData("by the end of the year", "2025-03-05", true, "2025-12-01", AsOfPrecision.Month)]
    [InlineData("by the end of this year", "2025-03-05", false, "2025-12-01", AsOfPrecision.Month)]
    [InlineData("By the end of the year", "2025-01-06", false, "2024-12-01", AsOfPrecision.Month)]
    [InlineData("in the second half of the year", "2025-03-05", false, "2024-07-01", AsOfPrecision.Year)]
    [InlineData("by the end of October", "2025-01-06", false, "2024-10-01", AsOfPrecision.Month)]
    [InlineData("until Friday", "2025-03-05", false, "2025-02-28", AsOfPrecision.Day)]
    [InlineData("by the end of next year", "2025-12-20", true, "2026-12-01", AsOfPrecision.Month)]
    [InlineData("by year-end", "2025-06-01", true, "2025-12-01", AsOfPrecision.Month)]
    [InlineData("by the year\u2019s end", "2025-06-01", true, "2025-12-01", AsOfPrecision.Month)]
    [InlineData("by the end of 2025", null, true, "2025-12-01", AsOfPrecision.Month)]
    [InlineData("by end-2025", null, true, "2025-12-01", AsOfPrecision.Month)]
    [InlineData("by end-June", "2025-03-05", true, "2025-06-01", AsOfPrecision.Month)]
    [InlineData("by the end of October", "2025-11-05", true, "2026-10-01", AsOfPrecision.Month)]
    [InlineData("at the end of October", "2025-03-05", false, "2024-10-01", AsOfPrecision.Month)]
    [InlineData("at the end of last month", "2026-01-10", false, "2025-12-01", AsOfPrecision.Month)]
    [InlineData("end of the month", "2025-03-05", false, "2025-03-01", AsOfPrecision.Month)]
    [InlineData("at the start of the year", "2025-03-05", false, "2025-01-01", AsOfPrecision.Month)]
    [InlineData("in the first half of 2025", null, false, "2025-01-01", AsOfPrecision.Year)]
    [InlineData("in the second half of the year", "2025-09-01", false, "2025-07-01", AsOfPrecision.Year)]
    [InlineData("in the first nine months of last year", "2026-02-01", false, "2025-01-01", AsOfPrecision.Year)]
    [InlineData("in the final quarter of 2024", null, false, "2024-10-01", AsOfPrecision.Year)]
    [InlineData("in the last week of October", "2026-01-05", false, "2025-10-01", AsOfPrecision.Month)]
    [InlineData("in the first 10 days of October", "2025-11-05", false, "2025-10-01", AsOfPrecision.Month)]
    [InlineData("mid-2025", null, false, "2025-01-01", AsOfPrecision.Year)]
    [InlineData("by mid-2026", "2025-03-05", true, "2026-01-01", AsOfPrecision.Year)]
    [InlineData("in mid-October", "2025-03-05", false, "2024-10-01", AsOfPrecision.Month)]
    [InlineData("early next year", "2025-12-15", true, "2026-01-01", AsOfPrecision.Year)]
    [InlineData("late last year", "2026-01-03", false, "2025-01-01", AsOfPrecision.Year)]
    [InlineData("earlier this year", "2025-03-05", false, "2025-01-01", AsOfPrecision.Year)]
    [InlineData("earlier this month", "2026-01-20", false, "2026-01-01", AsOfPrecision.Month)]
    [InlineData("later this year", "2025-03-05", true, "2025-01-01", AsOfPrecision.Year)]
    [InlineData("in the past 24 hours", "2026-01-01", false, "2026-01-01", AsOfPrecision.Day)]
    [InlineData("over the past year", "2025-03-05", false, "2025-03-05", AsOfPrecision.Day)]
    [InlineData("in the previous 24-hour period", "2025-03-05", false, "2025-03-05", AsOfPrecision.Day)]
    [InlineData("over the weekend", "2026-01-01", false, "2025-12-28", AsOfPrecision.Day)]
    [InlineData("over the weekend", "2025-03-10", false, "2025-03-09", AsOfPrecision.Day)]
    [InlineData("last weekend", "2025-03-09", false, "2025-03-02", AsOfPrecision.Day)]
    [InlineData("this weekend", "2025-03-05", true, "2025-03-09", AsOfPrecision.Day)]
    [InlineData("last night", "2026-01-01", false, "2025-12-31", AsOfPrecision.Day)]
    [InlineData("overnight", "2025-03-05", false, "2025-03-05", AsOfPrecision.Day)]
    [InlineData("overnight into Sunday", "2025-03-10", false, "2025-03-09", AsOfPrecision.Day)]
    [InlineData("this morning", "2025-03-05", false, "2025-03-05", AsOfPrecision.Day)]
    [InlineData("on Sunday night", "2025-01-01", false, "2024-12-29", AsOfPrecision.Day)]
    [InlineData("Sunday", "2025-03-10", false, "2025-03-09", AsOfPrecision.Day)]
    [InlineData("late Saturday", "2025-03-10", false, "2025-03-08", AsOfPrecision.Day)]
    [InlineData("two days ago", "2026-01-01", false, "2025-12-30", AsOfPrecision.Day)]
    [InlineData("a week ago", "2025-03-05", false, "2025-02-26", AsOfPrecision.Day)]
    [InlineData("three months ago", "2026-02-10", false, "2025-11-01", AsOfPrecision.Month)]
    [InlineData("a year ago", "2025-03-05", false, "2024-01-01", AsOfPrecision.Year)]
    [InlineData("the previous day", "2026-01-01", false, "2025-12-31", AsOfPrecision.Day)]
    [InlineData("two days earlier", "2026-01-01", false, "2025-12-30", AsOfPrecision.Day)]
    [InlineData("a week earlier", "2025-03-05", false, "2025-02-26", AsOfPrecision.Day)]
    [InlineData("the previous week", "2026-01-03", false, "2025-12-27", AsOfPrecision.Day)]
    [InlineData("this past weekend", "2025-03-11", false, "2025-03-09", AsOfPrecision.Day)]
    public void Resolves_against_the_published_date(string words, string? published, bool future, string expected, AsOfPrecision precision)
    {
        var (asOf, p) = ClaimTime.Resolve(words, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), future);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), asOf);
        Assert.Equal(precision, p);
    }

    [Theory]
    [InlineData("in October")]
    [InlineData("last week")]
    [InlineData("at present")]
    [InlineData("by the end of the year")]
    [InlineData("at the end of last month")]
    [InlineData("early next year")]
    [InlineData("in the past 24 hours")]
    [InlineData("over the weekend")]
    [InlineData("last night")]
    [InlineData("overnight")]
    [InlineData("on Sunday night")]
    [InlineData("two days ago")]
    [InlineData("the previous day")]
    public void Relative_words_without_a_published_date_stay_unresolved(string words)
    {
        Assert.Equal((null, null), ClaimTime.Resolve(words, null, false));
    }

    [Theory]
    [InlineData("in the coming weeks")]
    [InlineData("over the next year")]
    [InlineData("within the next 48 hours")]
    public void The_coming_weeks_have_no_fixed_date(string words)
    {
        Assert.Equal((null, null), ClaimTime.Resolve(words, new DateOnly(2024, 10, 1), true));
    }

    [Theory]
    [InlineData("Troops may arrive soon.", "soon")]
    [InlineData("They arrived in May.", "in May")]
    [InlineData("The war began in 2022, officials said.", "in 2022")]
    [InlineData("Casualties since the beginning of the conflict in February 2022 are high.", "since the beginning of the conflict in February 2022")]
    [InlineData("No date here, and we march on.", null)]
    [InlineData("The UN expects 20,000 more to flee by the end of the year.", "by the end of the year")]
    [InlineData("Aid agencies hope to reach 1 million people by year-end.", "by year-end")]
    [InlineData("The army aims to recruit 30,000 men by end-2025, officials said.", "by end-2025")]
    [InlineData("Some 4,000 troops are due to leave by the end of October.", "by the end of October")]
    [InlineData("At the end of last month, 1,200 people were still missing.", "At the end of last month")]
    [InlineData("The camp held 80,000 people at the end of the month.", "at the end of the month")]
    [InlineData("Numbers peaked around the end of the month.", "around the end of the month")]
    [InlineData("Figures dropped in the first half of 2025, OCHA said.", "in the first half of 2025")]
    [InlineData("More than 500 were killed in the first nine months of the year.", "in the first nine months of the year")]
    [InlineData("The force could reach 10,000 by mid-2026.", "by mid-2026")]
    [InlineData("Fighting flared in mid-October near El Fasher.", "in mid-October")]
    [InlineData("Some 200 died in the last week of October.", "in the last week of October")]
    [InlineData("Some 200 died in the first 10 days of October.", "in the first 10 days of October")]
    [InlineData("Clashes in late October killed dozens.", "in late October")]
    [InlineData("The second contingent arrives early next year.", "early next year")]
    [InlineData("Militants seized the town late last year.", "late last year")]
    [InlineData("Militants seized the town earlier in the year.", "earlier in the year")]
    [InlineData("Strikes killed 45 people in the past 24 hours, the ministry said.", "in the past 24 hours")]
    [InlineData("Strikes killed 45 people over the past year.", "over the past year")]
    [InlineData("At least 30 people were killed over the weekend.", "over the weekend")]
    [InlineData("Drones hit the city last night, killing four.", "last night")]
    [InlineData("Russia launched 120 drones overnight, Kyiv said.", "overnight")]
    [InlineData("Russia launched 120 drones overnight into Sunday.", "overnight into Sunday")]
    [InlineData("The ministry said this morning that 12 had died.", "this morning")]
    [InlineData("Gunmen killed nine people on Sunday night.", "on Sunday night")]
    [InlineData("Israeli strikes killed 40 people Sunday, health officials said.", "Sunday")]
    [InlineData("Gangs attacked the town early on Saturday.", "early on Saturday")]
    [InlineData("The death toll from Saturday\u2019s attack rose to 1,200.", null)]
    [InlineData("Aid reached 20,000 people, up from 8,000 a year ago.", "a year ago")]
    [InlineData("Another 50 were killed the previous day.", "the previous day")]
    [InlineData("A day earlier, 52 people were killed.", "A day earlier")]
    [InlineData("Two weeks earlier, 14 soldiers died in an ambush.", "Two weeks earlier")]
    [InlineData("Some 40 were killed the previous week.", "the previous week")]
    [InlineData("Some 40 were killed this past weekend.", "this past weekend")]
    [InlineData("Turnout fell the day before the vote.", null)]
    public void Finds_the_words_that_date_a_claim(string sentence, string? expected)
    {
        var found = new List<TimeExpression>();
        ClaimTime.Find(sentence, 0, sentence.Length, found);
        Assert.Equal(expected, found.FirstOrDefault()?.Text);
    }

    [Fact]
    public void A_claims_month_resolves_to_the_year_before_publication()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("In October, Moscow sent about 5,000 soldiers to the front, Ukraine's General Staff said.", new DateOnly(2025, 3, 5)));
        Assert.Equal("In October", claim.TimeText);
        Assert.Equal(new DateOnly(2024, 10, 1), claim.AsOf);
        Assert.Equal(AsOfPrecision.Month, claim.AsOfPrecision);
    }

    [Fact]
    public void The_previous_day_counts_back_from_the_day_the_story_named()
    {
        var claims = new ClaimExtractor().Extract(
            "Strikes killed 30 people in Khan Younis on Tuesday, health officials said. A day earlier, 52 people were killed in Rafah, the officials said.",
            new DateOnly(2025, 1, 2));
        Assert.Equal(2, claims.Count);
        Assert.Equal(new DateOnly(2024, 12, 31), claims[0].AsOf);
        Assert.Equal("A day earlier", claims[1].TimeText);
        Assert.Equal(new DateOnly(2024, 12, 30), claims[1].AsOf);
        Assert.Equal(AsOfPrecision.Day, claims[1].AsOfPrecision);
    }

    [Fact]
    public void A_claim_without_time_words_is_as_of_publication()
    {
        var claim = Assert.Single(new ClaimExtractor().Extract("About 5,000 soldiers were sent to the front, officials said.", new DateOnly(2025, 3, 5)));
        Assert.Null(claim.TimeText);
        Assert.Equal(new DateOnly(2025, 3, 5), claim.AsOf);
        Assert.Equal(AsOfPrecision.Day, claim.AsOfPrecision);
    }

    [Fact]
    public void The_word_by_word_search_finds_exactly_what_the_expression_finds_anywhere()
    {
        // Every text the tests hold, plus edge cases around word boundaries: the fast search must agree with
        // the plain regex search, match for match, or claims would silently lose their dates.
        var texts = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Concat([
                "Marines arrived; May5 they left; in2024 nothing; 5 March and 12 Sept. 2024; since the war began in February 2022.",
                "On_Monday, _in May, \u200Din June, déc in October; 3 oct; by Friday; earlier this week; at the moment; as of now.",
                "KYIV, Nov 20 (Reuters) - by 2025 about 3,000; in the coming few weeks, within the next 3 months, over the past years.",
                "the end of the year; the very end of October; by the very end of 2025; xend of the month; year-end; by year\u2019s end; end-June 2025; mid-2025; amid-2025;",
                "the\u00A0previous day; to\ndate; so far; thepast; 3\tdays ago; the  day before, a  weeks earlier; 4 Weeks Ago; The Previous Day.",
                "the day before. the previous night; a day earlier; an hour ago; a year ago; 12 days ago; twelve weeks ago; athe previous day; one day before;",
                "Sunday's strike, overnight into Sunday, late on Friday night; for the past 24-hour period; the first half of 2025; in the second half of October 2024; earlier in the week.",
                // Which group a preposition or a number can start, from the word after it (branch speed23).
                "since 7 October, on 12 May, by 3 June 2024, until 30 Sept; at 12 May; around 300; for 10 days; over 1,500; on 1,500; 1,500 May; 12,May; 3.5 May; 12 May.",
                "in 2024, during 1999, after 2001s, before 20245; around 2024; by 2025; on 2024; in\u00A02023; in the past week; on the weekend; over the weekend; at the moment.",
                "in recent days; at present; in present; on recent; earlier this week, later today, earlier in the day, later, earlier tonight, Earlier: this; later\ttoday; earlier-this.",
                "on Monday; On  Friday night; at Monday; in the first half; on the first half; since the start of the war; in the very end; since the full-scale invasion began.",
                "by the year-end; at the year's end; by year-end; around mid-2025; in early 2024; on early October; at the last week; for the last two weeks; within the coming days.",
            ])
            .ToList();
        Assert.True(texts.Count > 100, $"Only {texts.Count} texts found under TestData.");
        var compared = 0;
        foreach (var text in texts)
        {
            var expected = ClaimTime.Expression().Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expected, ClaimTime.Matches(text, 0, text.Length));
            // A sentence is searched on its own: nothing outside it counts, not even for \b.
            var (from, to) = (text.Length / 3, text.Length * 2 / 3);
            var inRange = new List<(int, int)>();
            foreach (var m in ClaimTime.Expression().EnumerateMatches(text.AsSpan(from, to - from)))
            {
                inRange.Add((from + m.Index, m.Length));
            }
            Assert.Equal(inRange, ClaimTime.Matches(text, from, to));
            compared += expected.Count;
        }
        Assert.True(compared > 200, $"Only {compared} time expressions compared.");
    }
}
