namespace ClaimTracker.Core.Claims;

/// <summary>
/// "We lost 12 men and nine others were wounded", "two soldiers were killed and 14 others injured": "N others" counts
/// the same people as the count it stands beside, including the nationality that count is given only after
/// attribution (the speaker's side, the army's own). Read by <see cref="OwnPopulation"/>, after
/// <see cref="SpeakersSide"/>. Golden cases: others_share_the_speakers_side.
/// </summary>
internal static class OthersShareThePeople
{
    public static IReadOnlyList<string>? Of(ClaimDraft draft) =>
        draft.OthersOf is { Nationalities.Count: > 0 } like && draft.Nationalities.Count == 0 ? like.Nationalities : null;
}
