using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="StatesHealthMinistry"/> runs its two whole-text scans only when <see cref="StatesHealthMinistry.NamesAState"/>
/// finds " state" or " State" before a non-word character (issue 10 deliver 4): the gate must hold wherever either scan
/// finds something, or a federal state's ministry would silently go unread.
/// </summary>
public sealed class StatesHealthMinistryTests
{
    [Theory]
    [InlineData("the Khartoum state Ministry of Health said", true)]
    [InlineData("the health ministry in Gezira State.", true)]
    [InlineData("Gezira state’s health ministry", true)]
    [InlineData("the ministry in River Nile State", true)]
    [InlineData("the United States and the Islamic Statehood party", false)]
    [InlineData("a statement from the health ministry", false)]
    [InlineData("the state2 of things", false)]
    public void A_state_word_is_state_before_a_non_word_character(string text, bool names) =>
        Assert.Equal(names, StatesHealthMinistry.NamesAState(text));

    [Fact]
    public void Every_text_either_scan_matches_names_a_state()
    {
        var texts = TestDataTexts.All();
        var matched = 0;
        foreach (var text in texts.Where(t => StatesHealthMinistry.StateBefore().IsMatch(t) || StatesHealthMinistry.StateAfter().IsMatch(t)))
        {
            Assert.True(StatesHealthMinistry.NamesAState(text));
            matched++;
        }
        Assert.True(matched > 0, "No test text names a federal state's health ministry.");
    }

    // The three spellings sought in one pass (branch `speed31`): the answer must be the three ordinal searches'.
    [Fact]
    public void The_one_search_answers_as_the_three()
    {
        foreach (var text in TestDataTexts.All().Concat(["the health Ministry", "Health ministry", "MINISTRY OF HEALTH", "Ministry of Healt", "ealth Ministr"]))
        {
            var expected = text.Contains("Ministry of Health", StringComparison.Ordinal) || text.Contains("ealth ministry", StringComparison.Ordinal)
                || text.Contains("ealth Ministry", StringComparison.Ordinal);
            Assert.Equal(expected, StatesHealthMinistry.NamesAHealthMinistry(text));
        }
    }
}
