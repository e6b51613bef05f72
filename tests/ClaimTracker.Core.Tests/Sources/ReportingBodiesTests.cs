using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Sources;

/// <summary>
/// Bodies met as the sources of figures in wire, broadcaster and UN/NGO reports on Gaza, Lebanon, Sudan and Ukraine
/// (session 15, phrasings in our own words), and the registry's rule that a body added later never takes the words of
/// one listed before it.
/// </summary>
public sealed class ReportingBodiesTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.Default;

    [Theory]
    [InlineData("the Coordinator of Government Activities in the Territories", "COGAT")]
    [InlineData("COGAT spokesperson Shani Sasson", "COGAT")]
    [InlineData("the Public Health Emergency Operations Center", "Lebanese Health Ministry")]
    [InlineData("the Gaza-based Government Media Office", "Hamas")]
    [InlineData("the Gaza Media Office", "Hamas")]
    [InlineData("the MoH in Gaza", "Gaza Health Ministry")]
    [InlineData("the Sudanese Doctors Syndicate", "Sudanese Doctors Union")]
    [InlineData("the UN special rapporteur on the occupied Palestinian territory", "UN")]
    [InlineData("independent UN experts", "UN")]
    [InlineData("the U.S. Special Envoy for Sudan", "US State Department")]
    [InlineData("Israeli Prime Minister's Office", "Israeli government")]
    public void A_body_that_reports_figures_resolves_to_its_source(string mention, string expected) =>
        Assert.Equal(expected, Registry.Resolve(mention)?.Name);

    [Theory]
    // Each new body's words around an older one: the older body keeps its own name.
    [InlineData("Sudan's Emergency Lawyers", "Emergency Lawyers")]
    [InlineData("the Hamas-run government media office", "Hamas")]
    [InlineData("the UN Human Rights Monitoring Mission in Ukraine", "UN")]
    [InlineData("Lebanon's Ministry of Public Health", "Lebanese Health Ministry")]
    [InlineData("UNICEF", "UNICEF")]
    public void A_later_body_does_not_take_an_earlier_bodys_words(string mention, string expected) =>
        Assert.Equal(expected, Registry.Resolve(mention)?.Name);

    [Fact]
    public void No_alias_resolves_to_a_body_listed_after_the_one_that_lists_it()
    {
        var order = Registry.Sources.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var stolen = new List<string>();
        foreach (var source in Registry.Sources)
        {
            foreach (var alias in source.Aliases)
            {
                // The longest match may be a longer name that starts with the same words; only a later body is a theft.
                if (Registry.FindMentions(alias) is [{ Source: { } found } only] && only.Text.Length == alias.Length && order[found] > order[source])
                {
                    stolen.Add($"{alias}: {source.Name} → {found.Name}");
                }
            }
        }
        Assert.Empty(stolen);
    }

    [Fact]
    public void Two_bodies_in_one_sentence_are_found_in_order()
    {
        var mentions = Registry.FindMentions("according to COGAT and Lebanon's Ministry of Health");
        Assert.Equal(["COGAT", "Lebanese Health Ministry"], mentions.Select(m => m.Source!.Name));
    }
}
