using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="CountToken.At"/> replaced the people rules' <c>FindIndex</c> lambdas (issue 10 deliver 4): over every
/// test text it must find the token the lambda found, for every offset.
/// </summary>
public sealed class CountTokenTests
{
    [Fact]
    public void The_first_token_at_or_after_an_offset_is_find_indexs()
    {
        foreach (var text in TestDataTexts.All().Take(200))
        {
            var tokens = new List<Token>();
            Token.Split(text, 0, text.Length, tokens);
            for (var offset = 0; offset <= text.Length + 1; offset += 7)
            {
                Assert.Equal(tokens.FindIndex(t => t.Start >= offset), CountToken.At(tokens, offset));
            }
        }
    }
}
