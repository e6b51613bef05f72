using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class SpeakerAfterTheNounTests
{
    [Theory]
    [InlineData("Qatar urged Hamas to free the 130 hostages Israel says are still held.", "hostages", "held")]
    [InlineData("The 9,000 soldiers Seoul believes were sent have been moved south.", "soldiers", "sent")]
    [InlineData("Nobody has verified the 2,000 fighters the army says it has killed.", "fighters", "killed")]
    [InlineData("The 200 troops Kyiv claims to have captured were shown to reporters.", "troops", "captured")]
    [InlineData("Families marched for the 59 hostages officials say remain in Gaza.", "hostages", "remain")]
    [InlineData("They counted the 70 militants Israel's military says it killed.", "militants", "killed")]
    public void A_speaker_and_a_saying_verb_after_the_noun_open_the_fate_clause(string text, string noun, string fate)
    {
        var (reader, at) = Read(text, noun);
        var start = SpeakerAfterTheNoun.FateStart(reader, at, reader.Tokens.Count);
        Assert.True(start >= 0);
        Assert.Equal(fate, reader.Word(start).ToString());
    }

    [Theory]
    [InlineData("Medics treated two wounded Israeli soldiers at the border.", "wounded")]
    [InlineData("The 50 hostages Hamas released on Sunday were flown home.", "hostages")]
    [InlineData("The 300 soldiers in Kursk were moved south.", "soldiers")]
    [InlineData("Some 40 people, the ministry said, were killed.", "people")]
    [InlineData("It killed 40 civilians the UN says.", "civilians")]
    public void No_speaker_or_no_saying_verb_opens_no_clause(string text, string noun)
    {
        var (reader, at) = Read(text, noun);
        Assert.Equal(-1, SpeakerAfterTheNoun.FateStart(reader, at, reader.Tokens.Count));
    }

    private static (PeopleCountReader Reader, int Noun) Read(string text, string noun)
    {
        var sentence = SentenceSplitter.Split(text).Single();
        var tokens = new List<Token>();
        Token.Split(text, sentence.Start, sentence.End, tokens);
        var reader = new PeopleCountReader(text, tokens, sentence, 0);
        var at = Enumerable.Range(0, tokens.Count).First(i => tokens[i].IsWord && reader.Word(i).SequenceEqual(noun));
        return (reader, at);
    }
}
