using System.Collections.Frozen;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;
using ClaimTracker.Core.Tests.Sources;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// The alias trie's small nodes answer every word as the frozen dictionary with OrdinalIgnoreCase they replaced: any
/// other answer would add, lose or lengthen a source mention.
/// </summary>
public sealed class FewWordMapTests
{
    private static readonly string[] Vocabulary = ["Street", "Journal", "Korea's", "Türkiye", "U.S.", "a", "north-east", "©"];

    [Fact]
    public void Answers_every_word_of_every_test_text_as_the_frozen_dictionary_does()
    {
        var words = Vocabulary.Select((w, i) => KeyValuePair.Create(w, i)).ToDictionary(StringComparer.OrdinalIgnoreCase);
        var exact = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var map = new FewWordMap<int>(words);
        var asked = 0;
        var found = 0;
        foreach (var text in AliasWordsTests.TestTexts().Concat(Vocabulary).Concat(Vocabulary.Select(w => w.ToUpperInvariant())))
        {
            foreach (var word in text.Split([' ', '\n', '\t', '(', ')', '"', ';', ':', '!', '?', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var span in new[] { word, word.TrimEnd('.', ',') })
                {
                    var expected = exact.TryGetValue(span, out var expectedValue);
                    var actual = map.TryGetValue(span, out var actualValue);
                    Assert.True(expected == actual && expectedValue == actualValue, $"'{span}': {expected}/{expectedValue} against {actual}/{actualValue}");
                    asked++;
                    found += actual ? 1 : 0;
                }
            }
        }
        Assert.True(asked > 100_000, $"only {asked} words asked");
        Assert.True(found > 1_000, $"only {found} words found: the comparison saw almost no hits");
    }

    [Theory]
    [InlineData("Street", "STREET", true)]
    [InlineData("Street", "street", true)]
    [InlineData("Street", "Streets", false)]
    [InlineData("Street", "Stree", false)]
    [InlineData("Türkiye", "TÜRKIYE", true)]
    [InlineData("Türkiye", "Turkiye", false)]
    [InlineData("a", "", false)]
    [InlineData("a", "@", false)]
    public void Matches_exactly_as_ordinal_ignore_case(string key, string word, bool expected)
    {
        var map = new FewWordMap<bool>(new Dictionary<string, bool> { [key] = true });
        Assert.Equal(expected, map.TryGetValue(word, out _));
    }

    [Fact]
    public void An_empty_map_holds_nothing()
    {
        Assert.False(new FewWordMap<int>(new Dictionary<string, int>()).TryGetValue("a", out _));
    }

    [Fact]
    public void Refuses_more_words_than_it_walks_cheaply()
    {
        var words = Enumerable.Range(0, FewWordMap<int>.MaxWords + 1).ToDictionary(i => "w" + i, i => i);
        Assert.Throws<ArgumentException>(() => new FewWordMap<int>(words));
    }

    [Fact]
    public void Refuses_two_words_the_same_but_for_case()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal) { ["Street"] = 1, ["STREET"] = 2 };
        Assert.Throws<ArgumentException>(() => new FewWordMap<int>(words));
    }

    [Theory]
    [InlineData("The Wall Street Journal said")]
    [InlineData("the wall street journal said")]
    [InlineData("THE WASHINGTON POST and The New York Times and the Kyiv Independent")]
    [InlineData("The Wall Street reported, the Washington Times")]
    public void The_registry_finds_the_same_mentions_through_its_small_nodes(string text)
    {
        // Multi-word aliases walk nodes of one to five children: each must still reach the longest alias.
        var mentions = SourceRegistry.Default.FindMentions(text);
        foreach (var m in mentions)
        {
            Assert.Equal(m.Text, text[m.Start..m.End]);
        }
        Assert.Equal(text.Contains("journal", StringComparison.OrdinalIgnoreCase), mentions.Any(m => m.Text.EndsWith("Journal", StringComparison.OrdinalIgnoreCase)));
    }
}
