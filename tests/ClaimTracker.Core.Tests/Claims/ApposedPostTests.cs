using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ApposedPostTests
{
    [Theory]
    [InlineData("In September 2022 Sergei Shoigu, then defence minister, said 5,937 Russian soldiers had been killed.")]
    [InlineData("In September 2022 Sergei Shoigu, then-defense minister, said 5,937 Russian soldiers had been killed.")]
    [InlineData("Sergei Shoigu, the defence minister, told the president that 5,937 Russian soldiers had been killed.")]
    public void A_person_speaks_for_the_post_apposed_to_his_name(string text) =>
        Assert.Equal("Russian MoD", Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == 5937).Source);

    [Theory]
    [InlineData("Sergei Shoigu, the secretary of Russia's Security Council, said North Korea would send 5,937 builders.")]
    [InlineData("Sergei Shoigu said North Korea would send 5,937 builders to Kursk.")]
    public void A_person_with_no_post_apposed_keeps_his_registered_body(string text) =>
        Assert.Equal("Russian Security Council", Assert.Single(new ClaimExtractor().Extract(text, null), c => c.Value == 5937).Source);
}
