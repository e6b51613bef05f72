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
    public void Leaves_a_participle_without_a_comma_alone()
    {
        var run = AttributionRun.Of(ParticipleClause.Frame, "NATO officials are noting that 900 soldiers had died.", "noting");
        Assert.False(run.Read);
    }
}
