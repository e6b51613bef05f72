using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class WritersSentencesTests
{
    [Theory]
    [InlineData("Last month, an Israeli drone attack killed five people. The ministry said 20 were wounded.")]
    [InlineData("The war has killed 40,000 people, the ministry said. A woman told the BBC that 12 died.")]
    [InlineData("Under the deal, 33 hostages are to be freed. On 7 October, militants killed 1,200 people.")]
    public void Each_kept_answer_is_the_sentence_tests_own(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var verdicts = new WritersSentences(text, sentences);
        for (var round = 0; round < 2; round++)
        {
            for (var si = 0; si < sentences.Count; si++)
            {
                var s = sentences[si];
                Assert.Equal(BackgroundNarration.Opens(text, s), verdicts.Narrated(si));
                Assert.Equal(InterviewedSpeaker.In(text, s) || WitnessSpeaker.In(text, s), verdicts.HasOwnSpeaker(si));
                Assert.Equal(PastRecap.Opens(text, s) || DatedRecap.Holds(text, s) || DealNarration.Opens(text, s) || EarlierEventLink.Opens(text, s), verdicts.Recaps(si));
            }
        }
    }
}
