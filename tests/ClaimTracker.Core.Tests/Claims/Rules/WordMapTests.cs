using System.Collections.Frozen;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Tests.Sources;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// The word lists' table answers every word as the frozen dictionary with OrdinalIgnoreCase it stands in front of:
/// any other answer would add or lose a cue, a people noun or a source somewhere.
/// </summary>
public sealed class WordMapTests
{
    private static readonly string[] Vocabulary =
    [
        "killed", "wounded", "troops", "according", "said", "Ministry", "of", "a", "Burkinabè", "Türkiye", "north-east",
        "Korea's", "U.S.", "10,000", "©", "it’s", "Z", "z-day",
    ];

    [Fact]
    public void Answers_every_word_of_every_test_text_as_the_frozen_dictionary_does()
    {
        var frozen = Vocabulary.Select((w, i) => KeyValuePair.Create(w, i)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var exact = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        var map = new WordMap<int>(frozen);
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
    [InlineData("killed", "KILLED", true)]
    [InlineData("killed", "kIlLeD", true)]
    [InlineData("killed", "killer", false)]
    [InlineData("Burkinabè", "BURKINABÈ", true)]
    [InlineData("Burkinabè", "Burkinabe", false)]
    [InlineData("north-east", "North-East", true)]
    [InlineData("a", "", false)]
    // '@' and '`' sit beside 'A' and 'a'; '[' and '{' beside 'Z' and 'z': no fold may join them.
    [InlineData("a", "@", false)]
    [InlineData("a", "`", false)]
    [InlineData("z-day", "[-day", false)]
    [InlineData("z-day", "{-DAY", false)]
    public void Folds_exactly_the_cases_of_a_letter(string key, string word, bool expected)
    {
        var map = WordMap<bool>.Of([key], true);
        Assert.Equal(expected, map.ContainsKey(word));
        Assert.Equal(expected, new HashSet<string>([key], StringComparer.OrdinalIgnoreCase).Contains(word));
    }

    [Fact]
    public void A_key_with_a_letter_that_folds_onto_ascii_still_matches_as_ordinal_ignore_case_does()
    {
        // OrdinalIgnoreCase folds the dotless 'ı' onto 'I' and the long 'ſ' onto 'S': "ıd" equals "ID".
        string[] vocabulary = ["ıd", "ſo", "in"];
        var exact = new HashSet<string>(vocabulary, StringComparer.OrdinalIgnoreCase);
        var map = WordMap<bool>.Of(vocabulary, true);
        foreach (var word in new[] { "id", "ID", "ıd", "so", "SO", "ſo", "in", "IN", "ın", "on" })
        {
            Assert.Equal(exact.Contains(word), map.ContainsKey(word));
        }
    }

    [Fact]
    public void A_large_vocabulary_finds_each_of_its_words_and_no_other()
    {
        var words = Enumerable.Range(0, 5000).Select(i => $"w{i}x").ToArray();
        var map = WordMap<bool>.Of(words, true);
        Assert.All(words, w => Assert.True(map.ContainsKey(w.ToUpperInvariant()), w));
        Assert.All(Enumerable.Range(5000, 5000), i => Assert.False(map.ContainsKey($"w{i}x"), i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
