using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PersonOfAgeTests
{
    [Theory]
    [InlineData("Khaled Nasser, 52, said he had been asleep when the roof collapsed.", "Khaled Nasser")]
    [InlineData("Rania Haddad, 34, a nurse, told reporters that the ward had filled within minutes.", "Rania Haddad")]
    public void A_name_with_an_age_is_the_speaker(string text, string name)
    {
        var run = AttributionRun.Of(PersonOfAge.Frame, text, text.Contains(" said", StringComparison.Ordinal) ? "said" : "told");
        Assert.True(run.Read);
        Assert.Equal(name, run.Speaker.Text);
    }

    [Theory]
    [InlineData("Mahmoud Basal, 45, a spokesman for the service, said seven children were among the dead.", "said")]
    [InlineData("The strike killed 12, including 3 children, said the agency.", "said")]
    [InlineData("In all, 52, said the report, were civilians.", "said")]
    public void Leaves_officials_and_counts_alone(string text, string cue) =>
        Assert.False(AttributionRun.Of(PersonOfAge.Frame, text, cue).Read);
}
