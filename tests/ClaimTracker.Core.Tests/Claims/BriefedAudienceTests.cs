using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BriefedAudienceTests
{
    private static readonly SourceDefinition Nis = new() { Name = "NIS", FullName = "National Intelligence Service", Kind = SourceKind.Intelligence };

    private static (List<Attributor> Own, Attributor Audience) Read(string text, string audience, string briefer, SourceDefinition? source)
    {
        var a = text.IndexOf(audience, StringComparison.Ordinal);
        var b = text.IndexOf(briefer, StringComparison.Ordinal);
        var heard = new Attributor(a, a + audience.Length, audience, null, AttributorCue.Citing, a);
        var told = new Attributor(b, b + briefer.Length, briefer, source, AttributorCue.Citing, b);
        return ([heard, told], heard);
    }

    [Fact]
    public void Lawmakers_briefed_by_a_credited_body_relay_it()
    {
        const string text = "Yonhap reported, citing lawmakers briefed by the country's intelligence service.";
        var (own, audience) = Read(text, "lawmakers", "the country's intelligence service", Nis);
        Assert.Same(Nis, BriefedAudience.Briefer(text, own, audience).Source);
    }

    [Fact]
    public void An_audience_briefed_by_nobody_credited_stays_itself()
    {
        const string text = "Yonhap reported, citing lawmakers briefed by the country's intelligence service.";
        var (own, audience) = Read(text, "lawmakers", "the country's intelligence service", null);
        Assert.Same(audience, BriefedAudience.Briefer(text, own, audience));
    }

    [Fact]
    public void An_audience_with_no_briefing_after_it_stays_itself()
    {
        const string text = "Yonhap reported, citing lawmakers and the country's intelligence service.";
        var (own, audience) = Read(text, "lawmakers", "the country's intelligence service", Nis);
        Assert.Same(audience, BriefedAudience.Briefer(text, own, audience));
    }
}
