using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>An outlet named by its own name is "it": no "he" or "she", and alone no "they" (<see cref="PersonalPronounSpeaker.IsOutlet"/>).</summary>
public sealed class OutletPronounTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Theory]
    [InlineData("KHARKIV, Ukraine (AP) - A hospital is full.\n\nThe Associated Press visited the hospital on Tuesday.\n\nA nurse described the night. \"We took in 40 wounded people before dawn,\" she said.", 40)]
    [InlineData("NEAR BAKHMUT, Ukraine (Reuters) - The brigade is tired.\n\nReuters spoke to a dozen infantrymen. They are exhausted, they said.\n\nA sergeant described the winter. \"We lost nine men in one week,\" he said.", 9)]
    public void A_person_after_an_outlet_is_not_the_outlet(string text, double value)
    {
        Assert.Null(Assert.Single(Extractor.Extract(text, null), c => c.Value == value).Source);
    }

    [Theory]
    [InlineData("Reuters", true)]
    [InlineData("BBC", true)]
    [InlineData("Gaza Health Ministry", false)]
    [InlineData("Zelensky", false)]
    public void Only_a_news_outlet_is_an_outlet(string name, bool outlet)
    {
        Assert.Equal(outlet, PersonalPronounSpeaker.IsOutlet(SourceRegistry.Default.Find(name)));
    }
}
