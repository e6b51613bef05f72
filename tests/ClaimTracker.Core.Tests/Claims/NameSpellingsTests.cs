using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>NameSpellings: a person's name in every listed transliteration; a body's name never loosened.</summary>
public sealed class NameSpellingsTests
{
    [Theory]
    [InlineData("Andrii Raikovych", "Andriy Raikovych")]
    [InlineData("Andrii Raikovych", "Andriy Raykovych")]
    [InlineData("Oleksandr Syrskyi", "Alexander Syrsky")]
    [InlineData("Serhii Lysak", "Sergii Lysak")]
    [InlineData("Mohamed Hamdan Dagalo", "Mohammed Hamdan Dagalo")]
    public void A_persons_name_has_its_other_spellings(string listed, string written) =>
        Assert.Contains(written, NameSpellings.Variants(listed));

    [Theory]
    [InlineData("Ukrainian Air Force")]
    [InlineData("Andrii")]
    [InlineData("Mohammed bin Salman's office")]
    public void Anything_but_a_name_opening_on_a_listed_given_name_has_none(string words) =>
        Assert.Empty(NameSpellings.Variants(words));

    [Fact]
    public void The_registry_reads_a_registered_person_in_another_spelling() =>
        Assert.Equal("Ukrainian Air Force", SourceRegistry.Default.Resolve("Yurii Ignat")?.Name);
}
