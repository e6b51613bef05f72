using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="BodysInitials"/> refuses a name of fewer than two spaces before reading its words, and keeps the registry's
/// answer to whether a name has a body of its own (issue 10 deliver 4): both must answer as the plain reading did.
/// </summary>
public sealed class BodysInitialsTests
{
    [Theory]
    [InlineData("Joint Chiefs of Staff", "JCS")]
    [InlineData("South Korea's Joint Chiefs of Staff", "JCS")]
    [InlineData("South Korea’s Joint Chiefs of Staff", "JCS")]
    [InlineData("National Intelligence Service", "NIS")]
    [InlineData("Rapid Support Forces", "RSF")]
    [InlineData("Red Cross", null)]
    [InlineData("Hamas", null)]
    [InlineData("the health ministry", null)]
    [InlineData("of  Staff", null)]
    public void Initials_are_the_capitals_of_three_or_more_name_words(string name, string? initials) =>
        Assert.Equal(initials, BodysInitials.Initials(name));

    [Fact]
    public void The_kept_answer_is_the_registrys_for_every_mention_of_every_test_text()
    {
        var registry = SourceRegistry.Default;
        var asked = 0;
        foreach (var text in TestDataTexts.All())
        {
            foreach (var mention in registry.FindMentions(text))
            {
                foreach (var name in new[] { mention.Text, BodysInitials.Initials(mention.Text) }.OfType<string>())
                {
                    var resolves = registry.Resolve(name) is not null;
                    Assert.Equal(resolves, BodysInitials.HasOwnBody(registry, name));
                    Assert.Equal(resolves, BodysInitials.HasOwnBody(registry, name));
                    asked++;
                }
            }
        }
        Assert.True(asked > 1000, $"Only {asked} names asked.");
    }
}
