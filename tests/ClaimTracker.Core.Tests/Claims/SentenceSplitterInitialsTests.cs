using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class SentenceSplitterInitialsTests
{
    [Theory]
    [InlineData("ICC prosecutor Karim A.A. Khan said 40 detainees had died in custody.")]
    [InlineData("The novel by J.R.R. Tolkien sold 300 copies, the shop said.")]
    public void Dotted_initials_inside_a_name_do_not_end_the_sentence(string text) =>
        Assert.Single(SentenceSplitter.Split(text));

    [Theory]
    [InlineData("Five people were killed in the strike. A.A. Khan said the count would rise.")]
    [InlineData("Officials counted 12 dead on Monday. The AA agency reported the figure.")]
    public void A_full_stop_after_a_word_still_ends_it(string text) =>
        Assert.Equal(2, SentenceSplitter.Split(text).Count);

    [Theory]
    [InlineData("The toll rose to 40. AB. The next count is due on Friday.")]
    [InlineData("The toll rose to 40 in the A.Ab. The next count is due on Friday.")]
    public void Letters_that_are_not_single_dotted_capitals_are_no_initials(string text) =>
        Assert.True(SentenceSplitter.Split(text).Count >= 2);
}
