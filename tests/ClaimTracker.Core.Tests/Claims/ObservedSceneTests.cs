using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Tests.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="ObservedScene"/> asks its regex only of a sentence that may hold a phrase's last word (branch `speed30`):
/// its answer must be the regex's for every sentence of every test text, and for spellings whose case or script the
/// word search must not misread.
/// </summary>
public sealed class ObservedSceneTests
{
    [Fact]
    public void The_word_test_is_the_regexs_for_every_sentence_of_every_test_text()
    {
        var spans = 0;
        var found = 0;
        foreach (var text in AliasWordsTests.TestTexts())
        {
            foreach (var s in SentenceSplitter.Split(text))
            {
                var span = text.AsSpan(s.Start, s.End - s.Start);
                var expected = ObservedScene.MatchesPattern(span);
                Assert.Equal(expected, ObservedScene.Holds(span));
                spans++;
                found += expected ? 1 : 0;
            }
        }
        Assert.True(spans > 10_000 && found > 10, $"Only {spans} sentences, {found} holding a phrase, compared.");
    }

    [Theory]
    [InlineData("State TV later aired footage of the ceremony.", true)]
    [InlineData("STATE TELEVISION LATER SHOWED the coffins.", true)]
    [InlineData("Smoke could be seen for miles.", true)]
    [InlineData("The footage was aired later.", false)]
    [InlineData("Video showedly nothing.", false)]
    [InlineData("Rescuers were unseen.", false)]
    [InlineData("Rescuers were seen in the rubble’s shade.", true)]
    [InlineData("Broadcast footage ‑ aired", true)]
    [InlineData("“Bodies were seen,” he said — and later", true)]
    [InlineData("“Bodies were taken,” he said — and later", false)]
    [InlineData("", false)]
    public void Spellings_answer_as_the_regex_does(string text, bool holds)
    {
        Assert.Equal(ObservedScene.MatchesPattern(text), ObservedScene.Holds(text));
        Assert.Equal(holds, ObservedScene.MatchesPattern(text));
    }

    // 'ſ' and the Kelvin sign may fold onto ASCII letters in the regex's case table and not in Ordinal's: a span with
    // them is not ASCII, so the regex answers, whatever the word search says.
    [Fact]
    public void A_span_outside_ascii_is_the_regexs_whatever_the_search_says()
    {
        foreach (var text in new[] { "Rescuers were ſeen in the rubble.", "video ſhowed", "TV SHOWED ſ", "foota\u212Age aired", "Dvořák’s crew were seen — “at dawn”", "Ⓕootage showed", "ＴＶ ｓｈｏｗｅｄ", "TV ſhowed “late”" })
        {
            Assert.Equal(ObservedScene.MatchesPattern(text), ObservedScene.Holds(text));
        }
    }
}
