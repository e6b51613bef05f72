using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class TitleBodyTests
{
    private static SourceDefinition Named(string name) => SourceRegistry.Default.Sources.First(s => s.Name == name);

    [Theory]
    [InlineData("Russian Security Council Secretary Sergei Shoigu", "Russian Security Council", "Sergei Shoigu", true)]
    [InlineData("Russian Security Council and Sergei Shoigu", "Russian Security Council", "Sergei Shoigu", false)]
    [InlineData("Russian Security Council member Sergei Shoigu", "Russian Security Council", "Sergei Shoigu", false)]
    public void A_body_in_the_title_speaks_over_the_names_former_post(string words, string bodyWords, string personWords, bool holds)
    {
        var body = new SourceMention(bodyWords, words.IndexOf(bodyWords, StringComparison.Ordinal), words.IndexOf(bodyWords, StringComparison.Ordinal) + bodyWords.Length, Named("Russian Security Council"));
        var at = words.IndexOf(personWords, StringComparison.Ordinal);
        var person = new SourceMention(personWords, at, at + personWords.Length, Named("Russian MoD"));
        Assert.Equal(holds, TitleBody.Holds(words, body, person));
    }

    [Fact]
    public void A_title_inside_the_bodys_alias_counts()
    {
        const string words = "Russian Security Council Secretary Sergei Shoigu";
        var body = new SourceMention("Russian Security Council Secretary", 0, 34, Named("Russian Security Council"));
        var person = new SourceMention("Sergei Shoigu", 35, 48, Named("Russian MoD"));
        Assert.True(TitleBody.Holds(words, body, person));
    }

    [Fact]
    public void The_same_body_twice_is_no_title_body()
    {
        const string words = "Russian MoD Minister Sergei Shoigu";
        var body = new SourceMention("Russian MoD", 0, 11, Named("Russian MoD"));
        var person = new SourceMention("Sergei Shoigu", 21, 34, Named("Russian MoD"));
        Assert.False(TitleBody.Holds(words, body, person));
    }
}
