using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class CorrespondentHubTests
{
    [Theory]
    [InlineData("BANGKOK - A Myanmar military airstrike killed 11 villagers.", "TH", null)]
    [InlineData("NAIROBI - The RSF shelled El Fasher, Sudan's army said.", "KE", null)]
    [InlineData("Cairo (AFP) - Sudan's army said it retook the town.", "EG", null)]
    [InlineData("MOGADISHU - Militants killed 12 soldiers.", "SO", "SO")]
    [InlineData("BAMAKO (AFP) - Jihadists killed 12 soldiers.", "ML", "ML")]
    public void A_bureau_dateline_sets_no_story_in_its_country(string lede, string dateline, string? story)
    {
        var text = "Title\n\n" + lede + "\n";
        var sentences = SentenceSplitter.Split(text);
        using var articleTokens = ArticleTokens.Of(text);
        Assert.Equal(story, CorrespondentHub.StoryCountry(text, sentences, dateline, new SentenceTokens(sentences, articleTokens)));
    }
}
