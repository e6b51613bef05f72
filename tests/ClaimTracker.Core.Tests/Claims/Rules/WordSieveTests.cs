using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>The sieve in front of every word lookup may let a stranger through, but never turns away a word of its set.</summary>
public sealed class WordSieveTests
{
    [Theory]
    [InlineData("killed")]
    [InlineData("KILLED")]
    [InlineData("Killed")]
    [InlineData("kIlLeD")]
    public void Never_turns_away_a_word_of_its_set_in_any_case(string word)
    {
        var sieve = new WordSieve(["killed", "wounded", "troops"]);
        Assert.True(sieve.MayContain(word));
        Assert.True(new WordSet("killed", "wounded").Contains(word));
    }

    [Fact]
    public void Turns_away_most_words_that_are_not_in_its_set()
    {
        var sieve = new WordSieve(["killed", "wounded", "troops"]);
        string[] strangers = ["the", "army", "said", "on", "Tuesday", "that", "rockets", "hit", "a", "school", "killer", "wound"];
        Assert.True(strangers.Count(w => !sieve.MayContain(w)) >= 10, "the sieve let most strangers through");
        Assert.False(sieve.MayContain(""));
    }

    [Fact]
    public void Lets_through_what_ordinal_case_folding_could_map_onto_its_set()
    {
        // OrdinalIgnoreCase folds the dotless 'ı' onto 'I', so "ın" may equal "in": the sieve must not decide for it.
        var sieve = new WordSieve(["in", "on"]);
        Assert.True(sieve.MayContain("ın"));
        Assert.True(sieve.MayContain("Ön"));
        // A set with such a letter at an end: whatever OrdinalIgnoreCase itself finds equal must pass.
        string[] vocabulary = ["ıd", "ſo", "Kelvin\u212A"];
        var exact = new HashSet<string>(vocabulary, StringComparer.OrdinalIgnoreCase);
        var open = new WordSieve(vocabulary);
        foreach (var word in new[] { "id", "ID", "ıd", "so", "SO", "ſo", "kelvink", "KELVINK", "Kelvin\u212A", "anything" })
        {
            Assert.True(!exact.Contains(word) || open.MayContain(word), word);
        }
    }

    // "shut" and "slot" share length, first and last letter with "shot" (their inner letters differ); "Burkinabè" can
    // only equal a word that also ends outside ASCII, which always passes, so it must not open the sieve.
    [Theory]
    [InlineData("shot troops", "SHOT sHoT sıot", "shut slot")]
    [InlineData("Burkinabè Sudanese", "BURKINABÈ burkinabè SUDANESE", "Burkinabe Ministry")]
    public void Passes_its_words_and_turns_away_lookalikes(string vocabulary, string passing, string turnedAway)
    {
        var sieve = new WordSieve(vocabulary.Split(' '));
        Assert.All(passing.Split(' '), w => Assert.True(sieve.MayContain(w), w));
        Assert.All(turnedAway.Split(' '), w => Assert.False(sieve.MayContain(w), w));
    }

    [Fact]
    public void Every_shipped_word_list_passes_its_own_words_in_upper_and_title_case()
    {
        var lists = new[] { ClaimLexicon.MilitaryNouns, ClaimLexicon.CivilianNouns, ClaimLexicon.ReportingVerbs, ClaimLexicon.AttributorWords, ClaimLexicon.NounModifiers, ClaimLexicon.Killed };
        foreach (var list in lists)
        {
            foreach (var word in list.Words)
            {
                Assert.True(list.Contains(word.ToUpperInvariant()), word);
                Assert.True(list.Contains(char.ToUpperInvariant(word[0]) + word[1..]), word);
            }
        }
    }
}
