using ClaimTracker.Web.Features.Sources;

namespace ClaimTracker.Web.Tests.Features.Sources;

public class SourceOptionTests
{
    private static readonly SourceOption[] Registry =
    [
        new(1, "NIS", "National Intelligence Service (South Korea)", ["South Korean intelligence", "Seoul's spy agency"]),
        new(2, "HUR", "Defence Intelligence of Ukraine", ["Kyrylo Budanov", "Ukrainian military intelligence"]),
        new(3, "Pentagon", "US Department of Defense", ["Sabrina Singh"]),
    ];

    [Fact]
    public void A_person_finds_the_source_they_speak_for()
    {
        var option = Assert.Single(SourceOption.Search(Registry, "budanov"));
        Assert.Equal("HUR", option.Name);
        Assert.Equal("Kyrylo Budanov", option.MatchedAlias);
        Assert.Contains("Kyrylo Budanov", option.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_matches_come_before_full_name_and_alias_matches()
    {
        var registry = Registry.Append(new SourceOption(4, "Pentagon press office", "Spokespeople", ["Pat Ryder"]));
        Assert.Equal(["Pentagon", "Pentagon press office"], SourceOption.Search(registry, "pentagon").Select(o => o.Name));
        Assert.Equal(["HUR", "NIS"], SourceOption.Search(Registry, "intelligence").Select(o => o.Name)); // both by full name
        var byAlias = Assert.Single(SourceOption.Search(Registry, "ukrainian"));
        Assert.Equal("Ukrainian military intelligence", byAlias.MatchedAlias);
    }

    [Fact]
    public void An_empty_search_lists_the_registry_by_name() =>
        Assert.Equal(["HUR", "NIS", "Pentagon"], SourceOption.Search(Registry, " ").Select(o => o.Name));
}
