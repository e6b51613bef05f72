using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class NationalityTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("PORT SUDAN - The medical charity, known by its French initials MSF, said some 8,000 people had arrived in the town over two days.", 8000)]
    [InlineData("PORT SUDAN - The aid group, which goes by its English acronym, said some 8,000 people had arrived in the town over two days.", 8000)]
    public void A_names_language_is_no_people(string text, double value)
    {
        Assert.DoesNotContain("French", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("English", Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Subject ?? "", StringComparison.Ordinal);
    }
}
