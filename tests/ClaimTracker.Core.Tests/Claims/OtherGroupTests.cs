using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class OtherGroupTests
{
    private static ExtractedClaim Claim(string suffix) => new() { Subject = "people", Quote = "", MentionText = "Five", Suffix = suffix };

    [Theory]
    [InlineData(" others were wounded in Mykolaiv")]
    [InlineData(" other reporters were hurt")]
    public void Other_after_the_count_names_another_group(string suffix) => Assert.True(OtherGroup.Names(Claim(suffix)));

    [Theory]
    [InlineData(" people were wounded")]
    [InlineData(", other officials said")]
    [InlineData("")]
    public void Any_other_word_names_no_other_group(string suffix) => Assert.False(OtherGroup.Names(Claim(suffix)));
}
