using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Sources;

/// <summary>What ingest proposes to editors from an attribution the registry does not know.</summary>
public sealed class ProposedSourceTests
{
    [Theory]
    [InlineData("Ethiopia's Ministry of Public Health", "Ethiopia's Ministry of Public Health", "ET")]
    [InlineData("the Somali National Army", "Somali National Army", "SO")]
    [InlineData("the health ministry in Nairobi", "health ministry in Nairobi", "KE")]
    [InlineData("Amina Yusuf, a spokeswoman for the Regional Health Bureau", "Amina Yusuf, a spokeswoman for the Regional Health Bureau", null)]
    public void A_named_body_or_person_is_proposed_with_the_country_the_words_name(string mention, string name, string? country)
    {
        var proposal = ProposedSource.From(mention);

        Assert.NotNull(proposal);
        Assert.Equal((name, country), (proposal.Name, proposal.Country));
    }

    [Theory]
    [InlineData("Ethiopia's Ministry of Public Health", SourceKind.Government)]
    [InlineData("the Somali National Army", SourceKind.Military)]
    [InlineData("Amina Yusuf, a spokeswoman for the Regional Health Bureau", SourceKind.Official)]
    [InlineData("the Kenya Red Cross Society", SourceKind.Ngo)]
    [InlineData("Amina Yusuf", SourceKind.Other)]
    public void The_kind_is_read_from_the_head_words(string mention, SourceKind kind) =>
        Assert.Equal(kind, ProposedSource.From(mention)!.Kind);

    [Theory]
    [InlineData("officials")]
    [InlineData("the ministry")]
    [InlineData("He")]
    [InlineData("Officials")]
    [InlineData("the health ministry")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Words_that_name_nobody_in_particular_propose_nothing(string? mention) =>
        Assert.Null(ProposedSource.From(mention));

    [Fact]
    public void A_long_mention_is_cut_to_a_short_name_and_a_rambling_one_is_refused()
    {
        var longName = "The " + string.Join(' ', Enumerable.Repeat("Extraordinarily-Long-Committee-Word", 4));
        var proposal = ProposedSource.From(longName);
        Assert.NotNull(proposal);
        Assert.True(proposal.Name.Length <= ProposedSource.MaxNameLength);
        Assert.StartsWith(proposal.Name, proposal.FullName, StringComparison.Ordinal);

        Assert.Null(ProposedSource.From(string.Join(' ', Enumerable.Repeat("Word", 30))));
    }
}
