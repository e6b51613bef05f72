using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ClaimUnitTests
{
    [Fact]
    public void Generals_officers_and_troops_of_one_subject_are_told_apart_by_the_text_after_each_figure()
    {
        var claims = new ClaimExtractor().Extract(
            "Seoul's spy agency said 3 North Korean generals, 500 officers and 11,000 troops had been sent to Russia.");

        var units = claims.ToDictionary(c => c.Value!.Value, c => ClaimUnit.Of(c.Suffix));

        Assert.Equal("generals", units[3]);
        Assert.Equal("officers", units[500]);
        Assert.Null(units[11_000]);
    }

    [Theory]
    [InlineData(" North Korean Soldiers were captured", null)]
    [InlineData(" elite special forces", null)]
    [InlineData(" children among the dead", "children")]
    [InlineData(". Officers said", null)]
    [InlineData(" of them arrived in October with their officers", null)]
    [InlineData("", null)]
    [InlineData(" Lebanese soldiers were killed", null)]
    [InlineData(" Sudanese medics were wounded", "medics")]
    [InlineData(" Lebanese were among the dead", null)]
    public void The_unit_is_the_first_people_noun_close_after_the_figure_in_its_own_clause(string after, string? unit) =>
        Assert.Equal(unit, ClaimUnit.Of(after));
}
