using System.Text;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Sources;

public sealed class SourceRegistryTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.Default;

    [Theory]
    [InlineData("NIS")]
    [InlineData("HUR")]
    [InlineData("Pentagon")]
    [InlineData("US State Department")]
    [InlineData("White House")]
    [InlineData("Zelensky")]
    [InlineData("Ukrainian General Staff")]
    [InlineData("NATO")]
    [InlineData("Kremlin")]
    [InlineData("Russian MoD")]
    [InlineData("KCNA")]
    [InlineData("North Korean government")]
    [InlineData("Japan MoD")]
    [InlineData("UK MoD")]
    [InlineData("ISW")]
    [InlineData("EU")]
    [InlineData("UN")]
    [InlineData("Gaza Health Ministry")]
    [InlineData("IDF")]
    [InlineData("Hamas")]
    [InlineData("RSF")]
    [InlineData("Sudanese army")]
    [InlineData("SOHR")]
    public void The_seeded_registry_knows_the_main_sources(string name)
    {
        var source = Registry.Find(name);
        Assert.NotNull(source);
        Assert.False(string.IsNullOrWhiteSpace(source.FullName));
        Assert.NotEmpty(source.Aliases);
    }

    [Theory]
    [InlineData("Lt. Gen. Kyrylo Budanov", "HUR")]
    [InlineData("Vadym Skibitskyi, deputy head of intelligence", "HUR")]
    [InlineData("Deputy Pentagon Press Secretary Sabrina Singh", "Pentagon")]
    [InlineData("U.S. Defense Secretary Lloyd Austin", "Pentagon")]
    [InlineData("NATO chief Mark Rutte", "NATO")]
    [InlineData("former NATO head Jens Stoltenberg", "NATO")]
    [InlineData("Secretary of State Antony Blinken", "US State Department")]
    [InlineData("Kremlin spokesman Dmitry Peskov", "Kremlin")]
    [InlineData("Ukraine's President Volodymyr Zelenskiy", "Zelensky")]
    [InlineData("the Korean Central News Agency", "KCNA")]
    [InlineData("Britain's Defence Intelligence", "UK MoD")]
    [InlineData("the Institute for the Study of War", "ISW")]
    [InlineData("the U.N. human rights office", "UN")]
    [InlineData("the Hamas-run health ministry", "Gaza Health Ministry")]
    [InlineData("the paramilitary Rapid Support Forces", "RSF")]
    [InlineData("the Britain-based Syrian Observatory for Human Rights", "SOHR")]
    public void Resolve_finds_the_source_behind_names_titles_and_people(string mention, string expected)
    {
        Assert.Equal(expected, Registry.Resolve(mention)?.Name);
    }

    [Theory]
    [InlineData("South Korea’s spy agency")]
    [InlineData("South Korea's spy agency")]
    [InlineData("SOUTH KOREA'S SPY AGENCY")]
    [InlineData("south korea’s   spy agency")]
    public void Matching_ignores_case_apostrophes_and_spacing(string mention)
    {
        Assert.Equal("NIS", Registry.Resolve(mention)?.Name);
    }

    [Theory]
    [InlineData("local activists")]
    [InlineData("a person familiar with the matter")]
    [InlineData("Kyivstar engineers")]
    [InlineData("UNESCO")]
    [InlineData("the unit commander")]
    public void Resolve_returns_null_for_attributors_the_registry_does_not_know(string mention)
    {
        Assert.Null(Registry.Resolve(mention));
    }

    [Fact]
    public void An_acronym_alias_in_lower_case_is_another_word()
    {
        const string text = "A nurse who asked not to be named said so; the WHO and the World Health Organization agreed.";
        var found = Registry.FindMentions(text);
        Assert.Equal(["WHO", "WHO"], found.Select(m => m.Source!.Name));
        Assert.Equal("WHO", found[0].Text);
    }

    [Fact]
    public void FindMentions_returns_every_mention_with_offsets_and_the_longest_alias()
    {
        const string text = "Seoul's spy agency said so. Later the Pentagon and NATO chief Mark Rutte agreed; Seoul did not comment.";
        var found = Registry.FindMentions(text);
        Assert.Equal(["NIS", "Pentagon", "NATO", "NATO", "South Korean government"], found.Select(m => m.Source!.Name));
        foreach (var m in found)
        {
            Assert.Equal(m.Text, text[m.Start..m.End]);
        }
        Assert.Equal("Seoul's spy agency", found[0].Text);
        Assert.Equal("NATO chief", found[2].Text);
        Assert.Equal("Mark Rutte", found[3].Text);
    }

    [Fact]
    public void A_registry_loaded_from_json_matches_thousands_of_aliases_in_one_pass()
    {
        // 3,000 sources sharing first words: a per-alias scan would be slow and a greedy one would stop early.
        var json = new StringBuilder("{\"sources\":[");
        for (var i = 0; i < 3000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $"{{\"name\":\"S{i}\",\"fullName\":\"Source {i}\",\"kind\":\"ngo\",\"aliases\":[\"Monitoring Group Number {i}\"]}}");
        }
        json.Append("]}");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json.ToString()));
        var registry = SourceRegistry.Load(stream);
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"The monitoring group number {i} said. "));
        var found = registry.FindMentions(text);
        Assert.Equal(3000, found.Count);
        Assert.Equal("S2999", found[^1].Source!.Name);
        Assert.Equal("monitoring group number 2999", found[^1].Text);
    }

    [Fact]
    public void No_alias_in_the_seeded_registry_belongs_to_two_sources()
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var clashes = new List<string>();
        foreach (var source in Registry.Sources)
        {
            foreach (var alias in source.Aliases.Append(source.Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var key = alias.Replace('’', '\'');
                if (owners.TryGetValue(key, out var owner) && owner != source.Name)
                {
                    clashes.Add($"{alias}: {owner} and {source.Name}");
                }
                owners[key] = source.Name;
            }
        }
        Assert.Empty(clashes);
    }

    [Fact]
    public void An_unknown_attributor_is_kept_as_a_mention_without_a_source()
    {
        var claims = new ClaimExtractor().Extract("At least 40 people were killed in the attack, a local hospital director said.");
        var claim = Assert.Single(claims);
        Assert.Null(claim.Source);
        Assert.Equal("a local hospital director", claim.SourceMention);
        Assert.Equal(Attribution.Extracted, claim.Attribution);
    }

    [Fact]
    public void A_custom_registry_is_used_by_the_extractor()
    {
        var registry = new SourceRegistry([new SourceDefinition { Name = "Monitors", FullName = "Border Monitors", Kind = SourceKind.Ngo, Aliases = ["the border monitoring team"] }]);
        var claim = Assert.Single(new ClaimExtractor(registry).Extract("About 300 soldiers crossed the river, the border monitoring team said."));
        Assert.Equal("Monitors", claim.Source);
    }
}
