using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class IntroducedAcronymTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.Default;

    private static IReadOnlyList<SourceMention> Mentions(string text, string? dateline = null) =>
        IntroducedAcronym.With(text, dateline, Registry, Registry.FindMentions(text));

    [Fact]
    public void The_acronym_names_the_body_read_without_its_bracket()
    {
        var text = "40 were killed, according to the Ministry of Health (MoH) in Gaza. 12 were hurt, according to MoH.";
        var mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Text == "MoH" && m.Start == text.LastIndexOf("MoH", StringComparison.Ordinal) && m.Source?.Name == "Gaza Health Ministry");
        Assert.Contains(mentions, m => m.Text.StartsWith("Ministry of Health (MoH) in Gaza", StringComparison.Ordinal) && m.Source?.Name == "Gaza Health Ministry");
    }

    [Fact]
    public void The_acronym_of_a_name_held_with_its_country_names_the_dateline_countrys_body()
    {
        var text = "The Joint Chiefs of Staff (JCS) said so. Later the JCS said more.";
        Assert.Contains(Mentions(text, "KR"), m => m.Text == "JCS" && m.Source?.Name == "South Korean military");
        Assert.DoesNotContain(Mentions(text), m => m.Text == "JCS");
    }

    [Theory]
    [InlineData("The Site Management Working Group (SMWG) said 40 were displaced. The SMWG said more.")]
    [InlineData("MOGADISHU (AFP) — The AFP tally rose.")]
    public void An_unknown_or_registered_acronym_adds_nothing(string text) =>
        Assert.Equal(Registry.FindMentions(text).Count, Mentions(text).Count);
}
