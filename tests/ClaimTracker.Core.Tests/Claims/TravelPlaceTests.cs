using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="TravelPlace"/> looks the two words before a place up as characters on the stack (branch `speed47`); it
/// must answer as the plain reading did, which joined the two words into a string and asked the lead list.
/// </summary>
public sealed class TravelPlaceTests
{
    private static readonly HashSet<string> Leads = new(WordLists.Set("travelLeads").Words, StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("a senator just back from Kyiv said", "Kyiv", true)]
    [InlineData("after a TRIP TO Seoul, the envoy said", "Seoul", true)]
    [InlineData("an aide visiting from Warsaw told reporters", "Warsaw", true)]
    [InlineData("the mayor of Kyiv said", "Kyiv", false)]
    [InlineData("Kyiv said", "Kyiv", false)]
    [InlineData("a very long journey to Kyiv", "Kyiv", false)]
    [InlineData("a trip  to Kyiv", "Kyiv", false)]
    public void A_travel_lead_right_before_the_place_is_read(string text, string place, bool lead) =>
        Assert.Equal(lead, TravelPlace.At(text, text.IndexOf(place, StringComparison.Ordinal)));

    [Fact]
    public void Every_word_start_of_every_test_text_answers_as_the_joined_words_did()
    {
        var asked = 0;
        foreach (var text in TestDataTexts.All())
        {
            for (var start = 0; start < text.Length; start++)
            {
                if (start == 0 || !char.IsLetter(text[start - 1]))
                {
                    Assert.Equal(Plain(text, start), TravelPlace.At(text, start));
                    asked++;
                }
            }
        }
        Assert.True(asked > 100_000, $"Only {asked} offsets asked.");
    }

    private static bool Plain(string text, int start)
    {
        var (secondBegin, secondEnd) = LongerBodysName.WordBefore(text, start);
        if (secondEnd == secondBegin)
        {
            return false;
        }
        var (firstBegin, firstEnd) = LongerBodysName.WordBefore(text, secondBegin);
        return firstEnd > firstBegin && Leads.Contains(text[firstBegin..firstEnd] + " " + text[secondBegin..secondEnd]);
    }
}
