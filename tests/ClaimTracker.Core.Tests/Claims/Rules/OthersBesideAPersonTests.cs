using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class OthersBesideAPersonTests
{
    private const string Attackers = "The governor said Russian forces shelled the city for most of the night.\n\n";

    [Theory]
    [InlineData("Later, a Russian missile hit a block of flats, killing a 14-year-old and three others, the governor said.")]
    [InlineData("Later, a Russian drone hit a bus, killing a woman and three others, the governor said.")]
    [InlineData("Later, Russian shelling killed a 61-year-old man and wounded three others, the governor said.")]
    public void Others_beside_one_person_just_named_are_people(string sentence)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(Attackers + sentence, null), c => c.Value == 3);
        Assert.Equal("people", claim.Subject);
    }

    [Fact]
    public void Others_after_a_later_count_still_share_its_people()
    {
        var claims = new ClaimExtractor().Extract(Attackers + "Later, a missile hit a school, killing a 14-year-old and three others, the governor said, adding that at least 22 others were injured.", null);
        Assert.Equal("people", claims.Single(c => c.Value == 22).Subject);
    }
}
