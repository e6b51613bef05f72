using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary><see cref="TableRow"/>: a casualty table written as one line is split into its cells.</summary>
public sealed class TableRowTests
{
    [Theory]
    [InlineData("Killed: 120 | Injured: 340 | Missing: 25", 3, "Killed: 120")]
    [InlineData("Displaced: 4,100; Detained: 60", 2, "Displaced: 4,100")]
    public void Every_cell_of_a_table_line_is_a_sentence(string line, int cells, string first)
    {
        var sentences = SentenceSplitter.Split(line);
        Assert.Equal(cells, sentences.Count);
        Assert.All(sentences, s => Assert.False(s.IsHeading));
        Assert.Equal(first, line[sentences[0].Start..sentences[0].End]);
    }

    [Theory]
    [InlineData("Killed: 120 | see the full list")]
    [InlineData("Rafah | Khan Younis | Deir al-Balah")]
    [InlineData("The army said 12 were killed; 40 were wounded.")]
    public void A_line_with_any_other_cell_is_not_a_table(string line) =>
        Assert.Null(TableRow.Cells(line, 0, line.Length));
}
