using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class UnnamedHospitalsTests
{
    [Theory]
    [InlineData("Local hospitals said 28 people died there.", "Local hospitals")]
    [InlineData("Shelling killed at least 17 people, Gaza hospitals say.", "Gaza hospitals")]
    [InlineData("Evacuation of northern hospitals puts 300 patients at risk.", null)]
    public void Plural_hospitals_speak_only_before_a_saying_verb(string text, string? speaker)
    {
        var tokens = new List<Token>();
        var found = new List<Attributor>();
        var sentence = SentenceSplitter.Split(text)[0];
        Token.Split(text, sentence.Start, sentence.End, tokens);
        AttributionFinder.Find(text, tokens, SourceRegistry.Default.FindMentions(text), found);
        Assert.Equal(speaker, found.Select(a => a.Text).SingleOrDefault());
    }

    [Theory]
    [InlineData("Gaza hospitals", true)]
    [InlineData("Local clinics", true)]
    [InlineData("the Indonesian Hospital", false)]
    public void The_speakers_last_word_names_plural_facilities(string speaker, bool unnamed) =>
        Assert.Equal(unnamed, UnnamedHospitals.Is(speaker));
}
