using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class FigureTheBodyCitesTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void The_body_in_a_relative_clause_on_the_figures_noun_holds_that_figure_alone()
    {
        var claims = Extractor.Extract("The survey counts 61,000 deaths in the province, three times the roughly 20,000 deaths the United Nations currently cites.", null);
        Assert.Equal("UN", Assert.Single(claims, c => c.Value == 20000).Source);
        Assert.Null(Assert.Single(claims, c => c.Value == 61000).Source);
    }
}
