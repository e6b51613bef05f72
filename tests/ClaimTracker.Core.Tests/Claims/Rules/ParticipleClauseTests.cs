using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ParticipleClauseTests
{
    [Fact]
    public void The_clauses_subject_speaks_a_participle_after_a_comma()
    {
        var run = AttributionRun.Of(ParticipleClause.Frame, "NATO officials described the fighting, noting that 900 soldiers had died.", "noting");
        Assert.True(run.Read);
        Assert.Equal("NATO officials", run.Speaker.Text);
    }

    [Fact]
    public void The_speaker_right_before_the_comma_goes_on_even_unregistered()
    {
        const string text = "By Tuesday the toll had risen to 15 dead, Karam said, adding that 40 of the wounded were children.";
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var karam = text.IndexOf("Karam", StringComparison.Ordinal);
        var into = new List<Attributor> { new(karam, karam + 5, "Karam", null, AttributorCue.Verb, karam + 6) };
        var adding = tokens.FindIndex(t => text[t.Start..t.End] == "adding");
        Assert.True(ParticipleClause.Frame.Read(text, tokens, adding, [], into));
        Assert.Equal("Karam", Assert.Single(into).Text);
    }

    [Fact]
    public void Leaves_a_participle_without_a_comma_alone()
    {
        var run = AttributionRun.Of(ParticipleClause.Frame, "NATO officials are noting that 900 soldiers had died.", "noting");
        Assert.False(run.Read);
    }
}
