using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class RemarksMakerTests
{
    [Theory]
    [InlineData("Gen. Thomas Kellan made the remarks at a House hearing on Thursday.", "Gen. Thomas Kellan")]
    [InlineData("Lt. Gen. Mira Osei was speaking at a briefing in Accra.", "Lt. Gen. Mira Osei")]
    [InlineData("Carla Benetti made the comments to reporters in Geneva.", "Carla Benetti")]
    [InlineData("Adm. Rosa Delgado-Marin testified before the committee.", "Adm. Rosa Delgado-Marin")]
    [InlineData("Gen. Mark Ellery made the comment during a briefing at the Pentagon.", "Gen. Mark Ellery")]
    public void A_name_that_made_the_remarks_is_read(string sentence, string name) =>
        Assert.Equal(name, RemarksMaker.Name(sentence, Whole(sentence)));

    [Theory]
    [InlineData("The general made the remarks at a House hearing.")]
    [InlineData("Kellan made the remarks at a House hearing.")]
    [InlineData("Gen. Thomas Kellan said the command had no plans to change.")]
    [InlineData("Officials in Washington made the remarks after a closed briefing.")]
    public void Other_sentences_name_no_remarks_maker(string sentence) =>
        Assert.Null(RemarksMaker.Name(sentence, Whole(sentence)));

    private static Sentence Whole(string sentence) => new(0, sentence.Length, 0, 0, false);
}
