using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class ContinuedIndividualTests
{
    [Theory]
    [InlineData("Nadia Rahim, a nurse, said the ward was full.\n\n\"We lost 12 patients overnight,\" she said.", "Nadia Rahim")]
    public void A_pronoun_or_role_noun_inside_the_persons_quotation_credits_the_person(string text, string person)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null));
        Assert.Equal(person, claim.Source);
    }

    [Theory]
    [InlineData("Omar Haddad, a spokesman for the relief committee, spoke at the camp.\n\n\"We buried 12 people today,\" he said.")]
    [InlineData("Nadia Rahim, a nurse, said the ward was full. A resident said the road was closed.\n\n\"We lost 12 patients overnight,\" he said.")]
    [InlineData("Her husband, Samir Abed, said the ward was full.\n\n\"We lost 12 patients overnight,\" she said.")]
    public void A_pronoun_that_cannot_continue_a_named_individual_credits_nobody_by_name(string text)
    {
        var claim = Assert.Single(new ClaimExtractor().Extract(text, null));
        Assert.Null(claim.Source);
    }
}
