using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Under the first phase of the US-brokered deal, Hamas released the last 20 living hostages it held and has handed
/// over the remains of 25 of the 28 dead captives, while Israel freed nearly 2,000 Palestinian prisoners": a sentence
/// that opens on the terms of a deal, truce or exchange tells what the deal did in the writer's own voice. In a later
/// paragraph than the speaker's it inherits no one: the health ministry of the paragraph before counted the dead, not
/// the hostages and prisoners (Unseen46 guardian-gaza-rimal-car-strike-ceasefire-test; the gold gives the deal's facts
/// no source, as Unseen35's "Hamas on Monday released the last 20 living hostages"). attribution.json dealOpeners,
/// dealTermsNouns. A deal's phase or stage named by "its" ("The ceasefire … ended two years of war. Under its first
/// phase, Hamas released the remaining 20 living Israeli hostages in exchange for nearly 2,000 Palestinian prisoners",
/// Unseen21 anadolu-gaza-toll-since-ceasefire) opens the same narration: "phase" and "stage" are terms nouns, so the
/// Civil Defence of the paragraph before is not carried into the exchange. Golden cases:
/// a_deals_terms_are_not_the_ministrys, a_deals_phase_named_by_its_is_the_writers.
/// </summary>
internal static class DealNarration
{
    // The deal noun within a few words of the opener, before any comma: "Under the first phase of the US-brokered deal,".
    private static readonly Regex Opening = new(
        @"^\s*(?:" + WordAlternation.Of(WordLists.Set("dealOpeners")) + @")\s+[^,.;:]{0,60}?\b(?:" + WordAlternation.Of(WordLists.Set("dealTermsNouns")) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether <paramref name="sentence"/> opens on a deal's terms.</summary>
    public static bool Opens(string text, Sentence sentence) => WordAlternation.In(Opening, text, sentence);
}
