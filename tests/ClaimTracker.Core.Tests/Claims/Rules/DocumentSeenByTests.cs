using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class DocumentSeenByTests
{
    [Theory]
    [InlineData("A Ukrainian intelligence assessment seen by CNN put the new contingent at 6,000 troops.", "put", "Ukrainian intelligence")]
    [InlineData("A South Korean intelligence report obtained by Reuters said 2,000 soldiers had been killed.", "said", "South Korean intelligence")]
    [InlineData("Documents reviewed by the Associated Press show 700 troops were sent.", "show", "Documents")]
    public void The_documents_author_speaks_not_the_outlet_that_saw_it(string text, string cue, string speaker)
    {
        var run = AttributionRun.Of(DocumentSeenBy.Frame, text, cue);
        Assert.True(run.Read);
        Assert.Equal(speaker, run.Speaker.Text);
    }

    [Theory]
    [InlineData("A report by the UN said 2,000 people had fled.")]
    [InlineData("Troops seen by witnesses said 2,000 people had fled.")]
    public void Leaves_an_authors_report_and_other_nouns_to_other_frames(string text)
    {
        var run = AttributionRun.Of(DocumentSeenBy.Frame, text, "said");
        Assert.False(run.Read);
        Assert.Empty(run.Found);
    }
}
