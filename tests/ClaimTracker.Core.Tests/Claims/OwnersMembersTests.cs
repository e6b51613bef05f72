using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class OwnersMembersTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void Members_of_its_force_are_the_speakers_people()
    {
        var text = "The Gaza government media office said in a statement that more than 900 members of its police and security forces had been killed.";
        Assert.Equal("Palestinian members", Assert.Single(Extractor.Extract(text, null), c => c.Value == 900).Subject);
    }
}
