using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "BEIRUT — … The Lebanese army announced … The Israeli army said its troops had fired … Lebanese President Joseph Aoun
/// urged … The army said it would deploy 4,000 more soldiers": a wire report filed from a country qualifies the foreign
/// army it names ("the Israeli army") and leaves its own country's army bare. So a bare "the army" or "the military"
/// in a story datelined in a country whose army the story has already named is that army, even when a foreign army
/// was named nearer, unless the sentence just before names the foreign one (then "the army" goes on with it: "The
/// Israeli military said … The army added …"). Golden case: the_army_of_the_dateline_country.
/// </summary>
internal static class HomeArmy
{
    // "the army", "the military", "the armed forces" (attribution.json bareArmyNouns).
    private static readonly WordSet Nouns = WordLists.Set("bareArmyNouns");

    /// <summary>Whether the anaphor is a bare army: "the army", "The military", "the armed forces".</summary>
    public static bool IsBare(string anaphor) =>
        anaphor.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && Nouns.Contains(anaphor.AsSpan(4).Trim());

    /// <summary>
    /// The home army: <paramref name="home"/> when it is a military the story named before <paramref name="anaphorStart"/>
    /// and another country's military is named after it, but none in <paramref name="sentenceBefore"/>; else null.
    /// </summary>
    public static SourceDefinition? Find(SourceDefinition? home, IReadOnlyList<SourceMention> mentions, int anaphorStart, Sentence? sentenceBefore)
    {
        if (home is not { Kind: SourceKind.Military })
        {
            return null;
        }
        var named = false;
        var foreignAfter = false;
        foreach (var mention in mentions)
        {
            if (mention.End > anaphorStart)
            {
                break;
            }
            if (mention.Source == home)
            {
                named = true;
                foreignAfter = false;
            }
            else if (named && mention.Source is { Kind: SourceKind.Military } other && other.Country != home.Country)
            {
                if (sentenceBefore is { } before && mention.Start >= before.Start)
                {
                    return null;
                }
                foreignAfter = true;
            }
        }
        return named && foreignAfter ? home : null;
    }
}
