using System.Collections.Frozen;
using System.Text.Json;
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
    // Four characters are hashed and compared at a time (`FoldedChunks`): words of every length around that.
    [InlineData("said", "SAID", true)]
    [InlineData("troops", "troop", false)]
    [InlineData("troops", "troopz", false)]
    [InlineData("eight-year-old", "Eight-Year-Old", true)]
    [InlineData("eight-year-old", "eight-year-olds", false)]
    [InlineData("mr.", "MR.", true)]
    [InlineData("mr.", "mr,", false)]
    // A word outside ASCII, which the table cannot answer, goes on to OrdinalIgnoreCase: to it the dotless 'ı', the
    // long 'ſ' and the Cyrillic 'і' are no case of 'i' or 's'.
    [InlineData("kill", "kıll", false)]
    [InlineData("s", "ſ", false)]
    [InlineData("kill", "kіll", false)]
    [InlineData("Burkinabè", "burkinabÈ", true)]
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

    [Fact]
    public void All_the_word_lists_answer_every_test_word_in_any_case_as_the_frozen_dictionary_does()
    {
        var vocabulary = WordListWords().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        Assert.True(vocabulary.Length > 1_000, $"only {vocabulary.Length} words in the lists");
        var frozen = vocabulary.Select((w, i) => KeyValuePair.Create(w, i)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var exact = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        var map = new WordMap<int>(frozen);
        var words = TestDataTexts.All()
            .SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(w => new[] { w, w.Trim('.', ',', '"', '(', ')', '“', '”', ':', ';') })
            .Concat(vocabulary)
            .ToHashSet(StringComparer.Ordinal);
        var found = 0;
        foreach (var word in words.SelectMany(w => new[] { w, w.ToUpperInvariant(), w.Replace('i', 'ı'), w.Replace('s', 'ſ') }))
        {
            var expected = exact.TryGetValue(word, out var expectedValue);
            var actual = map.TryGetValue(word, out var actualValue);
            Assert.True(expected == actual && expectedValue == actualValue, $"'{word}': {expected}/{expectedValue} against {actual}/{actualValue}");
            found += actual ? 1 : 0;
        }
        Assert.True(found > 10_000, $"only {found} words found: the comparison saw almost no hits");
    }

    // Every word of the lists in Claims/Words, read from the embedded files as `WordLists` reads them.
    private static IEnumerable<string> WordListWords()
    {
        var assembly = typeof(WordMap<>).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("ClaimTracker.Core.Claims.Words.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var document = JsonDocument.Parse(stream);
            if (!document.RootElement.TryGetProperty("lists", out var lists))
            {
                continue;
            }
            foreach (var list in lists.EnumerateObject().Where(l => l.Value.ValueKind == JsonValueKind.Array))
            {
                foreach (var word in list.Value.EnumerateArray().Where(w => w.ValueKind == JsonValueKind.String))
                {
                    yield return word.GetString()!;
                }
            }
        }
    }
}
