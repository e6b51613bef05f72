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
/// </summary>
internal static class ArmysFoesInGaza
{
    private const string Palestinian = "PS";
    private static readonly WordSet FoeNouns = WordLists.Set("foeNouns");

    public static Nationality? Of(ClaimDraft draft, bool gazaStory) =>
        gazaStory && draft.Metric is Metric.Killed or Metric.Captured or Metric.Detained
        && FoeNouns.Contains(draft.NounWord ?? draft.Noun)
        && draft.Source is { Kind: SourceKind.Military or SourceKind.Government, Country: { } country } && country != Palestinian
            ? Nationality.OfCountry(Palestinian)
            : null;
}
