using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// A description's owner ("a spokesperson for the office" → "the office") read on the words' span gives what the
/// string split gave (issue 10 item 4): only the last four words, runs of spaces skipped, fewer than four words none.
/// </summary>
public sealed class DescriptionBeforeNameTests
{
    [Theory]
    [InlineData("a spokesperson for the office", "the office")]
    [InlineData("a  senior official at  the ministry ", "the ministry")]
    [InlineData("spokesperson for the office", "the office")]
    [InlineData("for the office", null)]
    [InlineData("a spokesperson for the office today", null)]
    [InlineData("", null)]
    public void A_description_s_owner_is_read_from_its_last_four_words(string description, string? owner)
    {
        Assert.Equal(owner, DescriptionBeforeName.Owner(description));
        Assert.Equal(owner, DescriptionBeforeName.Owner(description.AsSpan()));
    }
}
