using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="AnaphorNames"/> keeps <see cref="AnaphorFit.Names"/>'s answers for an article (issue 10 deliver 4): a kept
/// answer must be the one the rule gives, for every body of the registry and the anaphors the resolver meets, whether
/// asked first or again, and for the same words in another string.
/// </summary>
public sealed class AnaphorNamesTests
{
    private static readonly string[] Anaphors =
    [
        "the army", "the military", "the Israeli army", "the ministry", "the health ministry", "the Health Ministry", "the interior ministry",
        "the defence ministry", "the government", "the authorities", "the health authorities", "the Lebanese health authorities", "the police",
        "the regional police", "the group", "the medical group", "the rights group", "the network", "the NGO", "the agency", "the spy agency",
        "the news agency", "the intelligence service", "the service", "prison service", "the emergency service", "the State Emergency Service",
        "the civil defence", "the Civil Defence", "the civil defence agency", "the civil protection", "the governor", "the regional governor",
        "the headquarters", "the rebels", "the militants", "the unit", "the General Staff", "the forces", "the mission", "the syndicate",
        "officials", "he", "the spokesman", "the organisation", "the UN agency", "the office", "the department",
    ];

    [Fact]
    public void Every_kept_answer_is_the_rules_for_every_registered_body()
    {
        var names = new AnaphorNames();
        var sources = SourceRegistry.Default.Sources;
        var yes = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var anaphor in pass == 0 ? Anaphors : [.. Anaphors.Reverse()])
            {
                foreach (var source in sources)
                {
                    var expected = AnaphorFit.Names(anaphor, source);
                    Assert.Equal(expected, names.Names(anaphor, source));
                    yes += expected ? 1 : 0;
                }
            }
        }
        Assert.True(yes > 0, "No anaphor names a registered body.");
    }

    [Fact]
    public void The_same_words_in_another_string_are_the_same_question()
    {
        var names = new AnaphorNames();
        var army = SourceRegistry.Default.Sources.First(s => AnaphorFit.Names("the army", s));
        Assert.True(names.Names("the army", army));
        Assert.True(names.Names(new string("the army".AsSpan()), army));
        Assert.False(names.Names("the ministry", army) && !AnaphorFit.Names("the ministry", army));
    }

    /// <summary>
    /// The answers are also kept for later articles, by source (branch `speed29`): a second resolver's answers, and a
    /// body made up by an article (not the registry's), are still the rule's, for the same words and for others.
    /// </summary>
    [Fact]
    public void Answers_kept_for_later_articles_are_the_rules_for_every_body_and_a_made_up_one()
    {
        var sources = SourceRegistry.Default.Sources.Append(new SourceDefinition { Name = "Kharkiv regional administration", FullName = "Kharkiv regional administration", Country = "Ukraine" })
            .Append(new SourceDefinition { Name = "NGO", FullName = "the Network of Grassroots Observers", Aliases = ["the network"] }).ToList();
        for (var article = 0; article < 3; article++)
        {
            var names = new AnaphorNames();
            foreach (var anaphor in article == 1 ? [.. Anaphors.Reverse()] : Anaphors)
            {
                foreach (var source in sources)
                {
                    Assert.Equal(AnaphorFit.Names(anaphor, source), names.Names(new string(anaphor.AsSpan()), source));
                }
            }
        }
    }

    [Fact]
    public void A_body_asked_more_words_than_are_kept_still_gets_the_rules_answers()
    {
        var army = SourceRegistry.Default.Sources.First(s => AnaphorFit.Names("the army", s));
        var words = Enumerable.Range(0, AnaphorNames.MaxSharedPerSource + 50).Select(i => i % 2 == 0 ? $"the army {i}" : $"the {i} army").ToList();
        for (var article = 0; article < 2; article++)
        {
            var names = new AnaphorNames();
            foreach (var w in words)
            {
                Assert.Equal(AnaphorFit.Names(w, army), names.Names(w, army));
            }
        }
    }
}
