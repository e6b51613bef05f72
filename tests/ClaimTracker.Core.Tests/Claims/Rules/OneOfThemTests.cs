using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class OneOfThemTests
{
    [Theory]
    [InlineData("Israeli fire killed three Palestinians in Rafah, one of them a teenager.")]
    [InlineData("Two more people, one of them a child, died of hunger, the ministry said.")]
    [InlineData("Five civilians were wounded, one of them a woman in her seventies.")]
    public void One_of_them_and_a_person_after_a_count_is_a_count(string text)
    {
        var run = CountPhraseRun.Of(NotAPeopleCount.Rule, text, "one");
        Assert.True(run.Kept);
    }

    [Fact]
    public void One_of_them_who_speaks_is_no_count()
    {
        var run = CountPhraseRun.Of(NotAPeopleCount.Rule, "Three soldiers survived, and one of them said the shelling never stopped.", "one");
        Assert.False(run.Kept);
    }
}
