using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Defense Minister Kim Yong-hyun told lawmakers …", "Foreign Minister Cho Tae-yul said …": a minister named by portfolio
/// and name with no country is the minister of the story's own state, the one whose bodies the story has credited
/// most (a Seoul paper's NIS briefings make it South Korea's). <see cref="TitledSpeaker"/> reads the title as "the
/// defense ministry", but with no dateline that anaphor found no country (Unseen62 koreaherald-nis-first-casualties-kursk
/// went to no source; a short story read it as Russia's, the war's place). In a story with no dateline (a dateline's
/// country is the stronger word, <see cref="AnaphorResolver"/>): the ministry of that country as the registry knows it
/// (South Korea's defence ministry is its military), else the other rules as before. State bodies only (government, military,
/// intelligence, officials); a UN agency or an outlet names no home. Golden cases: a_titled_minister_of_the_storys_state,
/// a_titled_minister_near_miss.
/// </summary>
internal sealed class MinistersHomeCountry
{
    private readonly Dictionary<string, int> credits = [];
    private string? home;
    private int most;

    /// <summary>Counts the state bodies the drafts <paramref name="first"/>..<paramref name="end"/> were credited to.</summary>
    public void Learn(List<ClaimDraft> drafts, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (drafts[k].Source is { Country: { } country, Kind: SourceKind.Government or SourceKind.Military or SourceKind.Intelligence or SourceKind.Official })
            {
                var n = credits[country] = credits.GetValueOrDefault(country) + 1;
                if (n > most)
                {
                    most = n;
                    home = country;
                }
            }
        }
    }

    /// <summary>The country whose state bodies the story has credited most so far, or null.</summary>
    public string? Home => home;

    /// <summary>"the defense ministry" for a portfolio's minister named after the title ("Defense Minister Kim Yong-hyun"), else null.</summary>
    public static string? Ministry(string words) =>
        TitledSpeaker.Owner(words) is { } owner && owner.EndsWith(" ministry", StringComparison.Ordinal) ? owner : null;
}
