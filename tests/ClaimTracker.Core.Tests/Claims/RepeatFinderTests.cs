using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// The repeat marks as the finder gave them when it made a string per sentence, now that it compares spans of one
/// pooled buffer (issue 10 item 4): equal after folding case, quotes and spaces; a headline quoted by a caption; short
/// sentences and sentences without digits never marked; a buffer reused by the next article starts empty.
/// </summary>
public sealed class RepeatFinderTests
{
    private static List<Sentence> Marked(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (var part in text.Split('|'))
        {
            // A part with no closing full stop stands for a heading (a headline, a crosshead).
            sentences.Add(new Sentence(start, start + part.Length, 0, 0, !part.EndsWith('.')));
            start += part.Length + 1;
        }
        RepeatFinder.Mark(text.Replace('|', ' '), sentences);
        return sentences;
    }

    [Fact]
    public void A_sentence_said_again_in_other_case_quotes_and_spaces_is_a_repeat()
    {
        var marks = Marked("Officials said 400 people were killed.|OFFICIALS  said 400 people\nwere killed.|Officials said 401 people were killed.");
        Assert.Equal([false, true, false], marks.Select(s => s.IsRepeat));
    }

    [Fact]
    public void Curly_and_straight_quotes_read_alike()
    {
        var marks = Marked("The ‘army’ said 30 soldiers died.|The 'army' said 30 soldiers died.");
        Assert.Equal([false, true], marks.Select(s => s.IsRepeat));
    }

    [Fact]
    public void A_caption_quoting_a_headline_is_a_repeat()
    {
        var marks = Marked("Strikes kill 52 people in Gaza city|Photo: strikes kill 52 people in Gaza city on Monday.");
        Assert.Equal([false, true], marks.Select(s => s.IsRepeat));
    }

    [Fact]
    public void Short_sentences_and_sentences_without_digits_are_never_repeats()
    {
        var marks = Marked("Toll: 40 dead.|Toll: 40 dead.|The army said it had withdrawn.|The army said it had withdrawn.");
        Assert.All(marks, s => Assert.False(s.IsRepeat));
    }

    [Fact]
    public void The_next_article_starts_with_nothing_seen()
    {
        Marked("Officials said 400 people were killed.");
        var marks = Marked("Officials said 400 people were killed.");
        Assert.False(Assert.Single(marks).IsRepeat);
    }

    [Fact]
    public void Sentences_longer_than_the_buffer_compare_whole()
    {
        var longSentence = string.Concat(Enumerable.Repeat("some 400 people fled the town ", 60)) + "today.";
        var marks = Marked(longSentence + "|" + longSentence + "|" + longSentence.Replace("today.", "again.", StringComparison.Ordinal));
        Assert.Equal([false, true, false], marks.Select(s => s.IsRepeat));
    }

    // One vectorised search for a digit or a character outside ASCII (branch `speed31`): the answer must be
    // char.IsDigit's over the whole span, for every sentence of every test text and every code unit in ASCII around it.
    [Fact]
    public void The_digit_search_answers_as_every_characters_IsDigit()
    {
        var sentences = 0;
        foreach (var text in TestDataTexts.All())
        {
            foreach (var s in SentenceSplitter.Split(text))
            {
                var span = text.AsSpan(s.Start, s.End - s.Start);
                Assert.Equal(Any(span), RepeatFinder.HasDigit(span));
                sentences++;
            }
        }
        Assert.True(sentences > 10_000, $"Only {sentences} sentences compared.");
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var span = $"They said \u201C{(char)c}\u201D was seen.".AsSpan();
            Assert.Equal(Any(span), RepeatFinder.HasDigit(span));
        }
    }

    [Theory]
    [InlineData("Officials said 400 were killed.", true)]
    [InlineData("Officials said \u0664\u0660\u0660 were killed.", true)]
    [InlineData("\u201COfficials\u201D said four were killed \u2014 today.", false)]
    [InlineData("", false)]
    public void Digits_of_any_script(string text, bool has) => Assert.Equal(has, RepeatFinder.HasDigit(text));

    private static bool Any(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }
}
