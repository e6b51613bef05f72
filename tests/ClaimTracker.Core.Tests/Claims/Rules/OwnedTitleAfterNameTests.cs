using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class OwnedTitleAfterNameTests
{
    [Theory]
    [InlineData("\"Our fighters killed 27 soldiers,\" Hassan Dirie, the group's military operations spokesman, told Reuters.", "told", "the group's military operations spokesman")]
    [InlineData("Ko Min Thant, the junta's deputy information minister, said 40 rebels were killed.", "said", "the junta's deputy information minister")]
    public void The_title_a_bodys_possessive_opens_speaks_for_that_body(string text, string verb, string speaker)
    {
        var run = AttributionRun.Of(OwnedTitleAfterName.Frame, text, verb);
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
        Assert.Equal(AttributorCue.Verb, run.Speaker.Cue);
    }

    [Theory]
    [InlineData("Hassan Dirie, the group's founder and a former teacher, said 27 soldiers were killed.")]
    [InlineData("Hassan Dirie, the spokesman, said 27 soldiers were killed.")]
    [InlineData("the fighters, the group's spokesman said, killed 27 soldiers.")]
    public void Leaves_titles_without_a_bodys_possessive_or_a_name_before_them(string text)
    {
        var run = AttributionRun.Of(OwnedTitleAfterName.Frame, text, "said");
        Assert.False(run.Read);
        Assert.Empty(run.Found);
    }
}
