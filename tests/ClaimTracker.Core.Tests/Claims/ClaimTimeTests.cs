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
    public void Relative_words_without_a_published_date_stay_unresolved(string words)
    {
        Assert.Equal((null, null), ClaimTime.Resolve(words, null, false));
    }

    [Fact]
    public void The_coming_weeks_have_no_fixed_date()
    {
        Assert.Equal((null, null), ClaimTime.Resolve("in the coming weeks", new DateOnly(2024, 10, 1), true));
    }

    [Theory]
    [InlineData("Troops may arrive soon.", "soon")]
    [InlineData("They arrived in May.", "in May")]
    [InlineData("The war began in 2022, officials said.", "in 2022")]
    [InlineData("Casualties since the beginning of the conflict in February 2022 are high.", "since the beginning of the conflict in February 2022")]
    [InlineData("No date here, and we march on.", null)]
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
