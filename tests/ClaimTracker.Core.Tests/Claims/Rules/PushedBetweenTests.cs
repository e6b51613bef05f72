using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class PushedBetweenTests
{
    [Theory]
    [InlineData("One million people had been pushed from the north to the south of the Strip.", true)]
    [InlineData("Some 3,000 residents were pushed from Rafah to al-Mawasi overnight.", true)]
    [InlineData("Some 400 soldiers were pushed back from the river.", false)]
    [InlineData("About 500 people were pushed from the square, the police said.", false)]
    public void A_push_from_one_place_to_another_is_a_displacement(string text, bool expected)
    {
        var reader = RecallFiftyFiveReaders.Of(text);
        var i = RecallFiftyFiveReaders.IndexOf(reader, "pushed");
        Assert.Equal(expected, PushedBetween.Reads(reader, i, reader.Word(i)));
    }
}
