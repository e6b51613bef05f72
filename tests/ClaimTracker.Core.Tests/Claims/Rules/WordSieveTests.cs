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
        // A set with such a letter at an end cannot be sieved by ASCII letters at all.
        var open = new WordSieve(["ıd"]);
        Assert.True(open.MayContain("id"));
        Assert.True(open.MayContain("anything"));
    }

    [Fact]
    public void Looks_at_the_inner_letters_of_a_word_whose_ends_pass()
    {
        // "shut" and "slot" share length, first and last letter with "shot"; their second letters or second from the end differ.
        var sieve = new WordSieve(["shot", "troops"]);
        Assert.False(sieve.MayContain("shut"));
        Assert.False(sieve.MayContain("slot"));
        Assert.True(sieve.MayContain("SHOT"));
        Assert.True(sieve.MayContain("sHoT"));
        Assert.True(sieve.MayContain("sıot"));
    }

    [Fact]
    public void Still_sieves_a_set_whose_accented_ends_fold_onto_no_ascii_letter()
    {
        // "Burkinabè" can only equal a word that also ends outside ASCII, which always passes: it must not open the sieve.
        var sieve = new WordSieve(["Burkinabè", "Sudanese"]);
        Assert.True(sieve.MayContain("BURKINABÈ"));
        Assert.True(sieve.MayContain("burkinabè"));
        Assert.True(sieve.MayContain("SUDANESE"));
        Assert.False(sieve.MayContain("Burkinabe"));
        Assert.False(sieve.MayContain("Ministry"));
        Assert.True(new WordSet("Burkinabè", "Sudanese").Contains("BURKINABÈ"));
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
