using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The store groups claims by <see cref="ExtractedClaim.CanonicalSubject"/>: a nation written by its initials reads as
/// its adjective there, so "US troops" and "American troops" are one comparison row, while the extracted subject keeps
/// the text's spelling.
/// </summary>
public class PopulationSpellingTests
{
    [Theory]
    [InlineData("US troops", "American troops")]
    [InlineData("U.S. troops", "American troops")]
    [InlineData("UK soldiers", "British soldiers")]
    [InlineData("US and Ukrainian troops", "American and Ukrainian troops")]
    [InlineData("US citizens", "American citizens")]
    [InlineData("American troops", "American troops")]
    [InlineData("North Korean troops", "North Korean troops")]
    [InlineData("troops", "troops")]
    [InlineData("civilians in the US", "civilians in the US")]
    public void Initials_that_qualify_a_people_noun_read_as_the_nations_adjective(string subject, string canonical)
    {
        var claim = new ExtractedClaim { Subject = subject, Quote = "", MentionText = "" };

        Assert.Equal(canonical, claim.CanonicalSubject);
        Assert.Equal(subject, claim.Subject);
        // The store respells old rows it finds by these patterns: a subject that changes must match one of them.
        Assert.Equal(canonical != subject, PopulationSpelling.InitialsPatterns.Any(p => Like(subject, p)));
    }

    [Fact]
    public void An_extracted_us_count_keeps_its_spelling_and_compares_as_american()
    {
        var claims = new ClaimExtractor().Extract("About 2,000 US troops were deployed to Poland, the Pentagon said on Monday.");

        var troops = Assert.Single(claims);
        Assert.Equal("US troops", troops.Subject);
        Assert.Equal("American troops", troops.CanonicalSubject);
    }

    [Fact]
    public void A_respelled_subject_is_already_canonical()
    {
        foreach (var subject in new[] { "US troops", "U.K. officers", "US and UK service members" })
        {
            var canonical = PopulationSpelling.Canonical(subject);

            Assert.Equal(canonical, PopulationSpelling.Canonical(canonical));
            Assert.DoesNotContain(PopulationSpelling.InitialsPatterns, p => Like(canonical, p));
        }
    }

    /// <summary>SQL <c>LIKE</c> with only <c>%</c>, case-sensitive as PostgreSQL reads it.</summary>
    private static bool Like(string text, string pattern) => System.Text.RegularExpressions.Regex.IsMatch(text,
        "^" + string.Join(".*", pattern.Split('%').Select(System.Text.RegularExpressions.Regex.Escape)) + "$");
}
