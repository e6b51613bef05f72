using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ClassSizeTests
{
    [Theory]
    [InlineData("There are 90 children in the class and one blackboard.", "90")]
    [InlineData("She teaches more than 150 pupils in her class.", "150")]
    [InlineData("Some 80 pupils per class share the school's four rooms.", "80")]
    public void Pupils_in_a_class_are_its_size(string text, string number)
    {
        var run = CountPhraseRun.Of(ClassSize.Rule, text, number);
        Assert.True(run.ReachedRule);
        Assert.False(run.Kept);
    }

    [Theory]
    [InlineData("Fifteen students were killed in the class when the shell struck.", "Fifteen")]
    [InlineData("Forty families sleep in each classroom of the school.", "Forty")]
    public void A_fate_or_a_classroom_shelter_is_kept(string text, string number)
    {
        var run = CountPhraseRun.Of(ClassSize.Rule, text, number);
        Assert.True(run.Kept);
    }
}
