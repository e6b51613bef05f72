using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="NationalityMemo"/> keeps <see cref="Nationality.At"/>'s answers for a sentence's tokens, and
/// <see cref="NationalityMemo.AnyBefore"/> lets <see cref="NationalityBeforeCount"/> skip its walk back from a count
/// (issue 10 deliver 4): over every test text, each kept answer must be the one <c>Nationality.At</c> gives, and the
/// gate must say "none before" only where no token before that point starts a nationality, whatever order it is asked in.
/// </summary>
public sealed class NationalityMemoTests
{
    [Fact]
    public void Kept_answers_are_nationality_at_over_every_test_text()
    {
        var named = 0;
        foreach (var text in TestDataTexts.All())
        {
            var tokens = new List<Token>();
            Token.Split(text, 0, text.Length, tokens);
            var memo = new NationalityMemo(text, tokens);
            for (var pass = 0; pass < 2; pass++)
            {
                for (var i = 0; i <= tokens.Count; i++)
                {
                    var expected = Nationality.At(text, tokens, i);
                    Assert.Equal(expected, memo.At(i));
                    named += pass == 0 && expected is not null ? 1 : 0;
                }
            }
        }
        Assert.True(named > 0, "No test text names a nationality.");
    }

    [Fact]
    public void Any_before_holds_exactly_where_a_nationality_starts_earlier()
    {
        foreach (var text in TestDataTexts.All())
        {
            var tokens = new List<Token>();
            Token.Split(text, 0, text.Length, tokens);
            var first = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => Nationality.At(text, tokens, i) is not null, -1);
            var memo = new NationalityMemo(text, tokens);
            // Asked out of order, as the counts of a sentence ask it: a later count first, then an earlier one.
            foreach (var end in new[] { tokens.Count / 2, 0, 1, tokens.Count / 4, tokens.Count, tokens.Count + 1, first, first + 1 })
            {
                Assert.Equal(first >= 0 && first < end, memo.AnyBefore(end));
            }
        }
    }

    [Theory]
    [InlineData("Israeli strikes killed 12 people.", 3, true)]
    [InlineData("Israeli strikes killed 12 people.", 0, false)]
    [InlineData("Strikes killed 12 people in Gaza.", 3, false)]
    [InlineData("Strikes killed 12 people in Gaza.", 7, true)]
    public void Any_before_reads_the_tokens_before_the_end(string text, int end, bool expected)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        Assert.Equal(expected, new NationalityMemo(text, tokens).AnyBefore(end));
    }
}
