using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="StatedInDocument"/> searches a sentence for "this is stated in …" only when a registered mention lies
/// inside it (branch `speed31`): the halving search over the sourced spans must answer as asking every mention does,
/// mentions out of order, overlapping, unsourced, empty and at the sentence's edges included.
/// </summary>
public sealed class StatedInDocumentTests
{
    private static readonly SourceDefinition Body = new() { Name = "HRMMU", FullName = "UN Human Rights Monitoring Mission in Ukraine" };

    [Fact]
    public void The_halving_search_answers_as_asking_every_mention()
    {
        var random = new Random(31);
        var held = 0;
        for (var round = 0; round < 2_000; round++)
        {
            var mentions = new List<SourceMention>();
            for (var m = random.Next(0, 12); m > 0; m--)
            {
                var start = random.Next(0, 200);
                mentions.Add(new SourceMention("x", start, start + random.Next(0, 30), random.Next(3) == 0 ? null : Body));
            }
            var sourced = StatedInDocument.SourcedSpans(mentions);
            for (var s = 0; s < 20; s++)
            {
                var start = random.Next(0, 200);
                var sentence = new Sentence(start, start + random.Next(0, 60), 0, 0, false);
                var expected = mentions.Exists(m => m.Source is not null && m.Start > sentence.Start && m.End <= sentence.End);
                Assert.Equal(expected, StatedInDocument.HoldsSourced(sourced, sentence));
                held += expected ? 1 : 0;
            }
        }
        Assert.True(held > 1_000, $"Only {held} sentences held a sourced mention.");
    }

    [Theory]
    [InlineData(10, 20, 10, 20, false)] // starts at the sentence's start: Body asks for one after "this"
    [InlineData(11, 20, 10, 20, true)]
    [InlineData(11, 21, 10, 20, false)]
    [InlineData(20, 20, 10, 20, true)]
    public void A_mention_at_the_edges(int start, int end, int sentenceStart, int sentenceEnd, bool holds)
    {
        var sourced = StatedInDocument.SourcedSpans([new SourceMention("x", start, end, Body)]);
        Assert.Equal(holds, StatedInDocument.HoldsSourced(sourced, new Sentence(sentenceStart, sentenceEnd, 0, 0, false)));
    }
}
