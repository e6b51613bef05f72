using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Tests.Numbers;

/// <summary>The characters the number scan jumps over: none a number or number word can start at.</summary>
public sealed class NumberStartsTests
{
    [Theory]
    [InlineData("zero one two three four five six seven eight nine ten eleven twenty hundred thousand million billion lakh crore")]
    [InlineData("dozen dozens half quarter a an minus negative point several few many tens scores first second third nought mln bn tn")]
    public void No_number_word_begins_with_an_inert_letter(string words)
    {
        foreach (var word in words.Split(' '))
        {
            Assert.False(NumberStarts.Inert.Contains(char.ToLowerInvariant(word[0])), word);
            Assert.False(NumberStarts.Inert.Contains(char.ToUpperInvariant(word[0])), word);
        }
    }

    [Fact]
    public void Digits_signs_points_and_characters_outside_ascii_are_never_skipped()
    {
        foreach (var c in "0123456789-.\u2212\u00BD\u00A0\u017F\u00E9\u2009")
        {
            Assert.False(NumberStarts.Inert.Contains(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Spaces_punctuation_and_letters_no_number_word_begins_with_are_skipped()
    {
        foreach (var c in " ,;:!?()\"'\n\twWrRyYiIgGkK")
        {
            Assert.True(NumberStarts.Inert.Contains(c), $"'{c}'");
        }
    }

    [Fact]
    public void With_no_initials_every_ascii_letter_is_inert_and_digits_are_not()
    {
        var inert = NumberStarts.InertCharacters(new HashSet<char>());
        Assert.Contains('a', inert);
        Assert.Contains('Z', inert);
        Assert.DoesNotContain('7', inert);
        Assert.DoesNotContain('-', inert);
        Assert.DoesNotContain('.', inert);
    }

    [Theory]
    [InlineData("Witnesses counted twenty-two wounded in Kharkiv.", 22)]
    [InlineData("Yesterday 7 were killed.", 7)]
    [InlineData("wounding (14) people", 14)]
    [InlineData("Rescuers, volunteers: ninety people", 90)]
    [InlineData("Kyiv said -3 was wrong", -3)]
    public void Numbers_after_skipped_words_are_still_read(string text, double value)
    {
        var found = NumberRecognizer.Find(text);
        Assert.Single(found);
        Assert.Equal(value, found[0].Value);
    }

    [Theory]
    [InlineData("wwtwo yyseven gnine")]
    [InlineData("A320 H1N1 W7")]
    public void A_number_word_or_digit_inside_a_word_is_not_read(string text)
    {
        Assert.Empty(NumberRecognizer.Find(text));
    }
}
