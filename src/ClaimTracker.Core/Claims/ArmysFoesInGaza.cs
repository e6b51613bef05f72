using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israel's military says it has killed some 17,000 militants", "troops had detained more than 300 suspected
/// militants during a raid on Jabalia", "the military said it had killed about 50 militants over the past day": in a
/// story set in Gaza, fighters an army credits itself with killing or holding are Palestinian, as Gaza's dead are
/// (populations.json <c>foeNouns</c>; the army is the claim's source, a military or government body of another country).
/// Their commanders too ("Israel said it killed three militant commanders", Unseen47 ap-gaza: was Lebanese troops, by
/// Israel's listed opponent). Read by <see cref="OwnPopulation"/>. Golden cases: an_armys_foes_in_gaza,
/// an_armys_militant_commanders_in_gaza.
/// The story, not only the sentence, sets Gaza: once the story has counted Gaza's own people (Palestinian patients,
/// dead or displaced, given by the rules before), "It says it has killed about 17,000 fighters" (Unseen79
/// guardian-icc-warrants) and "apprehended more than 230 'terrorists' … and killed about 30 militants in the hospital"
/// (Unseen16 who-north-gaza-hospital-raid) count Palestinians though their sentence names no place, when Israel's army
/// or government counts them and the sentence names no people other than the two sides ("in southern Lebanon").
/// Golden case: an_armys_foes_in_a_gaza_story.
/// </summary>
internal static class ArmysFoesInGaza
{
    private const string Palestinian = "PS";
    private const string Israeli = "IL";
    private static readonly string PalestinianAdjective = Nationality.OfCountry(Palestinian)!.Adjective;
    private static readonly WordSet FoeNouns = WordLists.Set("foeNouns");

    public static Nationality? Of(ClaimDraft draft, bool gazaStory) =>
        gazaStory && draft.Metric is Metric.Killed or Metric.Captured or Metric.Detained
        && FoeNouns.Contains(draft.NounWord ?? draft.Noun)
        && draft.Source is { Kind: SourceKind.Military or SourceKind.Government, Country: { } country } && country != Palestinian
            ? Nationality.OfCountry(Palestinian)
            : null;

    /// <summary>
    /// Whether the story sets <paramref name="draft"/>, Israel's army's count of its foes, in Gaza: a count before it in
    /// <paramref name="drafts"/> counted Gaza's own people (not soldiers, Palestinian), and its sentence
    /// (<paramref name="named"/>, and <paramref name="tokens"/> read for any country) names no people but the war's two sides.
    /// Only Israel's: a group that announces its own fighters' deaths ("Hezbollah announced the deaths of two of its
    /// fighters", Unseen24 france24-lebanon-strike-liveblog) counts no foes.
    /// </summary>
    public static bool StoryInGaza(string text, List<Token> tokens, ClaimDraft draft, List<ClaimDraft> drafts, List<(Nationality People, bool AsPlace)> named)
    {
        if (draft.Source?.Country != Israeli || draft.Metric is not (Metric.Killed or Metric.Captured or Metric.Detained) || !FoeNouns.Contains(draft.NounWord ?? draft.Noun)
            || !named.TrueForAll(n => n.People.Country is Palestinian or Israeli) || NamesAnotherCountry(text, tokens))
        {
            return false;
        }
        for (var k = drafts.IndexOf(draft) - 1; k >= 0; k--)
        {
            if (drafts[k] is { Military: false, Nationalities: [var people] } && people == PalestinianAdjective)
            {
                return true;
            }
        }
        return false;
    }

    // Any country or people but the two sides, however the sentence names it: "In southern Lebanon, the army said it had
    // killed 15 militants" is read as a scene, not a people, by the sentence's reading of peoples.
    private static bool NamesAnotherCountry(string text, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } found && found.Nationality.Country is not (Palestinian or Israeli))
            {
                return true;
            }
        }
        return false;
    }
}
