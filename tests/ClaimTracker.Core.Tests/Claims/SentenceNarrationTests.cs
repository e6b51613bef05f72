using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="SentenceNarration"/> keeps <see cref="SpeakerScope.Inherit"/>'s sentence-wide tests for the sentence a
/// figure is in (issue 10 deliver 4): over every sentence of every Core TestData text, each kept answer must be the rules'
/// own, asked once or again, in either order, and after another sentence was asked.
/// </summary>
public sealed class SentenceNarrationTests
{
    [Fact]
    public void Every_kept_answer_is_the_rules_over_every_test_text()
    {
        var ownSpeakers = 0;
        var writers = 0;
        foreach (var text in TestDataTexts.All())
        {
            var narration = new SentenceNarration(text);
            var sentences = SentenceSplitter.Split(text);
            for (var si = 0; si < sentences.Count; si++)
            {
                var s = sentences[si];
                var ownSpeaker = InterviewedSpeaker.In(text, s) || WitnessSpeaker.In(text, s) || RegionalHeadsTogether.In(text, s);
                var writer = PastRecap.Opens(text, s) || DatedRecap.Holds(text, s) || DealNarration.Opens(text, s) || EarlierEventLink.Opens(text, s) || WritersSum.Opens(text, s) || BelligerentsDeed.Opens(text, s);
                if (si % 2 == 0)
                {
                    Assert.Equal(writer, narration.IsWriters(s));
                    Assert.Equal(ownSpeaker, narration.HasOwnSpeaker(s));
                }
                else
                {
                    Assert.Equal(ownSpeaker, narration.HasOwnSpeaker(s));
                    Assert.Equal(writer, narration.IsWriters(s));
                }
                Assert.Equal(writer, narration.IsWriters(s));
                Assert.Equal(ownSpeaker, narration.HasOwnSpeaker(s));
                ownSpeakers += ownSpeaker ? 1 : 0;
                writers += writer ? 1 : 0;
            }
        }
        Assert.True(ownSpeakers > 0 && writers > 0, "No test sentence has a speaker of its own or is the writer's.");
    }

    [Fact]
    public void Another_sentence_is_asked_afresh()
    {
        const string text = "Last year, a ceasefire deal collapsed. Ten people were killed on Monday, the ministry said.";
        var sentences = SentenceSplitter.Split(text);
        var narration = new SentenceNarration(text);
        foreach (var s in sentences.Concat(sentences))
        {
            Assert.Equal(PastRecap.Opens(text, s) || DatedRecap.Holds(text, s) || DealNarration.Opens(text, s) || EarlierEventLink.Opens(text, s) || WritersSum.Opens(text, s) || BelligerentsDeed.Opens(text, s), narration.IsWriters(s));
        }
    }
}
