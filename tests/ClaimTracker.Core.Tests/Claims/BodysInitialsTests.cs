using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="BodysInitials"/> refuses a name of fewer than two spaces before reading its words, and keeps the registry's
/// answer to whether a name has a body of its own (issue 10 deliver 4): both must answer as the plain reading did. Since
/// branch `speed47` a body whose own names were read before is not read again; the later uses found must be the
/// plain reading's, which reads every mention.
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

    [Fact]
    public void Reading_each_text_and_body_once_finds_what_reading_every_mention_does()
    {
        var registry = SourceRegistry.Default;
        var added = 0;
        foreach (var text in TestDataTexts.All().Append(RepeatedBody))
        {
            var mentions = registry.FindMentions(text);
            var plain = PlainWith(text, registry, mentions);
            Assert.Equal(plain, BodysInitials.With(text, registry, mentions));
            added += plain.Count - mentions.Count;
        }
        Assert.True(added > 0, "No later use added: the check proves nothing.");
    }

    // A body named in full three times, then by its initials twice (the initials the registry gives no body of its own).
    private const string RepeatedBody = "South Korea's Joint Chiefs of Staff counted the launches. South Korea's Joint Chiefs of "
        + "Staff added that more were likely. A statement from South Korea's Joint Chiefs of Staff followed. The JCS said 40 "
        + "soldiers were hurt, and the JCS kept the figure.";

    // The reading before `speed47`: every mention's initials and its body's own names, each name tried once.
    private static List<SourceMention> PlainWith(string text, SourceRegistry registry, IReadOnlyList<SourceMention> mentions)
    {
        var added = new List<SourceMention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var named in mentions.Where(m => m.Source is not null))
        {
            var names = BodysOwnName.Of(named.Source!).SelectMany(n => new[] { n, BodysInitials.Initials(n) });
            foreach (var name in names.Prepend(BodysInitials.Initials(named.Text)).OfType<string>())
            {
                if (!seen.Add(name) || BodysInitials.HasOwnBody(registry, name))
                {
                    continue;
                }
                for (var at = text.IndexOf(name, named.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    var end = at + name.Length;
                    if (IntroducedAcronym.IsWordEdge(text, at - 1) && IntroducedAcronym.IsWordEdge(text, end) && !mentions.Any(m => m.Start < end && m.End > at))
                    {
                        added.Add(new SourceMention(name, at, end, named.Source));
                    }
                }
            }
        }
        return [.. mentions.Concat(added).OrderBy(m => m.Start)];
    }
}
