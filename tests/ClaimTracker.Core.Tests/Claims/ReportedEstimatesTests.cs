using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ReportedEstimatesTests
{
    private static readonly SourceDefinition Envoy = SourceRegistry.Default.Find("US State Department")!;

    // "Tom Perriello" credited by "said" (cue at its verb), then "some" credited by the estimates' verb.
    private static Attributor? Reporter(string text)
    {
        var name = text.IndexOf("Tom Perriello", StringComparison.Ordinal);
        var said = text.IndexOf(" said", name, StringComparison.Ordinal) + 1;
        var some = text.IndexOf("some", said, StringComparison.Ordinal);
        var outer = new Attributor(name, name + "Tom Perriello".Length, "Tom Perriello", Envoy, AttributorCue.Verb, said);
        var estimates = new Attributor(some, some + 4, "some", null, AttributorCue.Verb, some + 15);
        return ReportedEstimates.Reporter(text, [outer, estimates], estimates);
    }

    [Theory]
    [InlineData("Tom Perriello said some estimates ran as high as 150,000.")]
    [InlineData("Tom Perriello has said that some estimates put the toll at 150,000.")]
    [InlineData("Tom Perriello said in May that some figures ran as high as 150,000.")]
    public void Unowned_estimates_in_a_named_speakers_clause_are_his_report(string text) =>
        Assert.Equal(Envoy, Reporter(text)?.Source);

    [Theory]
    [InlineData("Tom Perriello said 20,000 were counted, but some estimates ran as high as 150,000.")]
    [InlineData("Tom Perriello said the war was the worst in the world; some estimates ran as high as 150,000.")]
    [InlineData("Tom Perriello said some fighters had fled toward the border.")]
    public void Estimates_in_a_clause_of_their_own_or_people_called_some_are_not(string text) =>
        Assert.Null(Reporter(text));
}
