using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class LongerBodysNameTests
{
    [Fact]
    public void A_capitalised_title_before_an_international_officials_name_keeps_the_body()
    {
        var claims = new ClaimExtractor().Extract("GENEVA — Fighting spread on Monday.\n\nSpecial Rapporteur Francesca Albanese said 40 aid workers had been killed in the month.", null);
        Assert.Equal("UN", Assert.Single(claims, c => c.Value == 40).Source);
    }

    [Fact]
    public void The_officials_surname_after_a_title_keeps_the_body()
    {
        var claims = new ClaimExtractor().Extract("THE HAGUE — The court sat on Monday.\n\nPresiding Judge Joanna Korner opened the hearing.\n\nJudge Korner said 12 men were shot dead in the village.", null);
        Assert.Equal("International Criminal Court", Assert.Single(claims, c => c.Value == 12).Source);
    }

    [Fact]
    public void A_national_word_before_an_international_bodys_name_is_still_its_own_society()
    {
        var claims = new ClaimExtractor().Extract("Four volunteers were killed near Tawila on Sunday, the Syrian Arab Red Crescent said.", null);
        Assert.NotEqual("ICRC", Assert.Single(claims, c => c.Value == 4).Source);
    }
}
