using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

public sealed class CivilBodyBesideTests
{
    private static SourceDefinition Named(string name) => SourceRegistry.Default.Sources.First(s => s.Name == name);

    [Theory]
    [InlineData("the medical charity", "MSF", true)]
    [InlineData("the charity", "MSF", true)]
    [InlineData("the group", "MSF", true)]
    [InlineData("the agency", "UNRWA", true)]
    // An armed group or a state's body named beside the anaphor acts on the counted; it does not count them.
    [InlineData("the group", "RSF", false)]
    [InlineData("the charity", "Lebanese Health Ministry", false)]
    [InlineData("the agency", "IDF", false)]
    public void Only_a_civilian_body_of_the_anaphors_kind_fits(string anaphor, string body, bool expected) =>
        Assert.Equal(expected, CivilBodyBeside.Fits(anaphor, Named(body)));

    [Theory]
    [InlineData("the medical charity", true)]
    [InlineData("the group", true)]
    [InlineData("it", false)]
    [InlineData("he", false)]
    [InlineData("a local charity", false)]
    public void Only_a_definite_description_reads_its_sentence(string anaphor, bool expected) =>
        Assert.Equal(expected, CivilBodyBeside.Describes(anaphor));
}
