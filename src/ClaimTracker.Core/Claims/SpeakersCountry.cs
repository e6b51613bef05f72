using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// The country in the words that credit a count is who estimates it, not whose people it counts: "Washington puts the
/// force at around 11,000 troops", "Ukraine's military intelligence said a further 6,000 troops and workers could be
/// sent" in a story about North Korean troops, when the count is in what the speaker says, after the cue ("Burundi,
/// which has some 10,000 soldiers in eastern Congo, said" still names whose soldiers). Only an army's own word ("Ukraine's army said 20 soldiers were killed")
/// may count its own soldiers (<see cref="OwnPopulation"/>), so a military speaker still names a people. Read by
/// <see cref="EstablishedPopulation"/>. Golden cases: the_speakers_country_keeps_the_population.
/// </summary>
internal static class SpeakersCountry
{
    /// <summary>
    /// Whether text offset <paramref name="offset"/> lies in one of the sentence's attributors that is no army and whose cue
    /// comes before the count at <paramref name="countStart"/>.
    /// </summary>
    public static bool At(List<Attributor>? attributors, int offset, int countStart)
    {
        if (attributors is null)
        {
            return false;
        }
        foreach (var a in attributors)
        {
            if (offset >= a.Start && offset < a.End && a.Position < countStart && a.Source?.Kind is not SourceKind.Military)
            {
                return true;
            }
        }
        return false;
    }
}
