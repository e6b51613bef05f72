using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>The soldiers an army reports as its own dead: a nationality right before a soldiers' noun, not an attacker's adjective.</summary>
public sealed class ArmysOwnDeadTests
{
    [Theory]
    [InlineData("Two Israeli soldiers were killed in the southern Gaza Strip on Thursday, ", "IL")]
    [InlineData("Four Lebanese troops died when the post was hit, ", "LB")]
    [InlineData("Israeli strikes killed 12 people in Gaza, ", null)]
    [InlineData("Three soldiers were killed in Rafah, ", null)]
    public void The_first_soldiers_counted_by_nationality_name_the_army(string sentence, string? country)
    {
        var tokens = new List<Token>();
        Token.Split(sentence, 0, sentence.Length, tokens);
        Assert.Equal(country, ArmysOwnDead.Country(sentence, tokens));
    }
}
