using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class BriefingSentencesTests
{
    private const string Text = "Lawmakers were briefed by the spy agency on Monday. Troops moved east. A lawmaker said 300 died.";

    [Fact]
    public void A_whole_sentence_is_read_as_the_briefer_read_it_before_the_speaker()
    {
        var sentences = SentenceSplitter.Split(Text);
        var briefed = new BriefingSentences(Text, sentences);
        for (var k = 0; k < sentences.Count; k++)
        {
            Assert.Equal(LawmakersBriefer.JoinsBefore(Text, sentences[k], sentences[k].End, []), briefed.Joins(k));
        }
        Assert.True(briefed.Joins(0));
        Assert.False(briefed.Joins(1));
        // Asked again, the kept answer.
        Assert.True(briefed.Joins(0));
    }

    [Fact]
    public void Only_the_words_before_the_speaker_count_in_its_own_sentence()
    {
        const string text = "A lawmaker said, citing the spy agency, that 300 died.";
        var sentence = SentenceSplitter.Split(text)[0];
        var speaker = text.IndexOf("citing", StringComparison.Ordinal);
        Assert.False(LawmakersBriefer.JoinsBefore(text, sentence, speaker, []));
        Assert.True(LawmakersBriefer.JoinsBefore(text, sentence, sentence.End, []));
    }
}
