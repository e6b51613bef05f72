using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="PartOfTheCounted.PointsBack"/> reads its words in place instead of lowering a copy of each (issue 10
/// deliver 4, branch `speed27`): from every word start of every test text, and on words outside lower-case ASCII, it
/// must answer as the lowered-copies reading it replaced (kept here as the reference).
/// </summary>
public sealed class PartOfTheCountedTests
{
    private const int MaxModifiers = 2;

    private static readonly WordSet PointingBack = WordLists.Set("pointingBackDeterminers");

    [Fact]
    public void Points_back_as_the_lowered_copies_did_over_every_test_text()
    {
        var yes = 0;
        foreach (var text in TestDataTexts.All())
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (i > 0 && char.IsLetter(text[i - 1]))
                {
                    continue;
                }
                var expected = Reference(text, i);
                Assert.Equal(expected, PartOfTheCounted.PointsBack(text, i));
                yes += expected ? 1 : 0;
            }
        }
        Assert.True(yes > 0, "No test text points back.");
    }

    [Theory]
    [InlineData("52 of the soldiers")]
    [InlineData("52 OF THE SOLDIERS")]
    [InlineData("52 Of those wounded troops")]
    [InlineData("52 of the Russian soldiers")]
    [InlineData("52 of thé soldiers")]
    [InlineData("52 of the İnfantry soldiers")]
    [InlineData("52 oF the ſoldiers")]
    [InlineData("52 of the")]
    [InlineData("52 of these, soldiers")]
    public void Edge_words_answer_as_the_lowered_copies(string text) =>
        Assert.Equal(Reference(text, 2), PartOfTheCounted.PointsBack(text, 2));

    // The reading before the cut, word for word.
    private static bool Reference(string text, int end)
    {
        var words = new List<string>();
        var i = end;
        while (words.Count < MaxModifiers + 3)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            if (i == start)
            {
                break;
            }
            if (words.Count >= 2 && char.IsUpper(text[start]))
            {
                return false;
            }
            words.Add(text[start..i].ToLowerInvariant());
            if (words.Count >= 3 && ClaimLexicon.MilitaryNouns.Contains(words[^1]))
            {
                return words[0] == "of" && PointingBack.Contains(words[1]);
            }
        }
        return false;
    }
}
