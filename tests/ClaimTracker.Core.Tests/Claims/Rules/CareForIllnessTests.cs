using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CareForIllnessTests
{
    [Theory]
    [InlineData("The hospital treated 300 children for malnutrition in May.", "300")]
    [InlineData("The clinic treated 460 people for diarrhoea last week.", "460")]
    [InlineData("Some 1,200 people sought medical help for cholera symptoms.", "1,200")]
    public void Care_for_an_illness_names_no_wound(string text, string number)
    {
        var run = CountPhraseRun.Of(CareForIllness.Rule, text, number);
        Assert.Equal(Metric.Other, run.Draft.Metric);
    }

    [Theory]
    [InlineData("The hospital treated 131 people for gunshot wounds.", "131")]
    [InlineData("At least 24 people sought medical help after the shelling.", "24")]
    [InlineData("The hospital treated 12 people injured in the blast for shock.", "12")]
    public void Care_for_a_wound_or_after_an_attack_names_the_wounded(string text, string number)
    {
        var run = CountPhraseRun.Of(CareForIllness.Rule, text, number);
        Assert.Equal(Metric.Wounded, run.Draft.Metric);
    }
}
