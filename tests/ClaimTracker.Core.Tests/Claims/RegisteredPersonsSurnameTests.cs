using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="RegisteredPersonsSurname"/>: a registered person's surname after his full name names his body; a body's
/// name, an outlet's and a surname before the full name add nothing.
/// </summary>
public sealed class RegisteredPersonsSurnameTests
{
    private static IReadOnlyList<SourceMention> Added(string text)
    {
        var registry = SourceRegistry.Default;
        var mentions = registry.FindMentions(text);
        return [.. RegisteredPersonsSurname.With(text, registry, mentions).Except(mentions)];
    }

    [Fact]
    public void A_surname_after_the_registered_full_name_names_his_body()
    {
        var added = Assert.Single(Added("Health Minister Firass Abiad held a news conference. Abiad said 52 people had been killed."));
        Assert.Equal("Abiad", added.Text);
        Assert.Equal("Lebanese Health Ministry", added.Source?.Name);
    }

    [Fact]
    public void A_surname_before_the_full_name_adds_nothing() =>
        Assert.Empty(Added("Katz said 40 soldiers had been wounded. Israel Katz later visited a hospital."));

    [Fact]
    public void A_surname_inside_a_longer_word_adds_nothing() =>
        Assert.Empty(Added("Defence Minister Israel Katz spoke. The Katzrin council said 3 people were hurt."));

    [Fact]
    public void A_bodys_last_word_is_no_surname() =>
        Assert.Empty(Added("The Ukrainian General Staff said 1,100 soldiers were lost. Staff at the hospital said 40 were treated."));

    [Fact]
    public void A_korean_leaders_family_name_after_his_full_name_names_his_body()
    {
        var added = Assert.Single(Added("Kim Jong Un visited the brigade. Kim said 30 soldiers had been decorated."));
        Assert.Equal("Kim", added.Text);
        Assert.Equal("North Korean government", added.Source?.Name);
    }

    [Fact]
    public void A_family_name_another_person_in_the_article_shares_adds_nothing() =>
        Assert.Empty(Added("Kim Jong Un sent the troops, said Rep. Kim Byung-kee. Kim said 300 had been killed."));

    [Fact]
    public void A_family_name_after_another_given_name_adds_nothing() =>
        Assert.Empty(Added("Kim Jong Un sent the troops. In Mykolaiv, Governor Vitaliy Kim said two people were hurt. Kim said more would come."));
}
