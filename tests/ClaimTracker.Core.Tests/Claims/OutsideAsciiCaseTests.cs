using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="OutsideAsciiCase"/> keeps a character's answer once worked out (branch `speed31`): the kept answer, asked
/// first and asked again, must be the worked-out one for every UTF-16 code unit.
/// </summary>
public sealed class OutsideAsciiCaseTests
{
    [Fact]
    public void Every_code_unit_answers_as_worked_out_first_and_again()
    {
        var cased = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var expected = OutsideAsciiCase.Computed((char)c);
            Assert.Equal(expected, OutsideAsciiCase.IsCased((char)c));
            Assert.Equal(expected, OutsideAsciiCase.IsCased((char)c));
            cased += expected ? 1 : 0;
        }
        Assert.True(cased > 40_000, $"Only {cased} letters or cased characters.");
    }

    [Theory]
    [InlineData('\u201C', false)]
    [InlineData('\u2014', false)]
    [InlineData('\u00A0', false)]
    [InlineData('\u017F', true)]
    [InlineData('\u212A', true)]
    [InlineData('\u24BB', true)]
    [InlineData('\u0131', true)]
    public void Quotes_and_dashes_are_not_cased_and_folding_letters_are(char c, bool cased) =>
        Assert.Equal(cased, OutsideAsciiCase.IsCased(c));
}
