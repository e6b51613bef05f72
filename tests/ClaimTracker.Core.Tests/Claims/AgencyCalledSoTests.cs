using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class AgencyCalledSoTests
{
    private const string Anaphor = "the agency";

    // The anaphor sits at the end of the text, after the sentence that may call a body an Agency.
    private static (bool Found, SourceDefinition? Body) Find(string before)
    {
        var text = before + " Two children were among the dead, " + Anaphor + " said.";
        var start = text.LastIndexOf(Anaphor, StringComparison.Ordinal);
        var anaphor = new Attributor(start, start + Anaphor.Length, Anaphor, null, AttributorCue.Verb, start);
        return AgencyCalledSo.Find(text, 0, anaphor, [], []);
    }

    [Fact]
    public void An_unregistered_news_agency_called_so_by_name_is_found_and_credits_nobody() =>
        Assert.Equal((true, null), Find("Crews searched the rubble, the state-run National News Agency (NNA) reported."));

    [Theory]
    [InlineData("Crews searched the rubble, the civil defence agency said.")]
    [InlineData("Agency staff searched the rubble.")]
    [InlineData("Crews searched the rubble, the health ministry said.")]
    public void A_lower_case_agency_or_a_sentences_first_word_is_no_name(string before) =>
        Assert.False(Find(before).Found);
}
