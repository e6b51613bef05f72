using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class CoordinatedClauseTests
{
    [Fact]
    public void A_plan_in_the_next_clause_plans_only_its_own_count()
    {
        var claims = new ClaimExtractor().Extract("The Lebanese army says it has deployed about 8,200 soldiers south of the Litani River under the ceasefire plan, and that it plans to recruit 3,100 more.", null);
        Assert.Equal(ClaimStatus.Reported, claims.Single(c => c.Value == 8200).Status);
        Assert.Equal(ClaimStatus.Planned, claims.Single(c => c.Value == 3100).Status);
    }

    [Fact]
    public void A_plan_noun_followed_by_to_still_plans_the_count()
    {
        var claims = new ClaimExtractor().Extract("The ministry announced a plan to send 3,000 troops to the border.", null);
        Assert.Equal(ClaimStatus.Planned, claims.Single(c => c.Value == 3000).Status);
    }
}
