using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Two residents … told the AP that nine people had died", "two officers told the AP": a number inside the words that
/// name the speaker counts who spoke, not a claim. Golden: Reporting yemen-saada-strikes, drc-kamanyola-flight.
/// </summary>
internal static class SpeakerCount
{
    public static bool NamesSpeaker(NumberMention number, List<Attributor> attributors)
    {
        foreach (var a in attributors)
        {
            if (a.Cue == AttributorCue.Verb && a.Start <= number.Start && number.End <= a.End)
            {
                return true;
            }
        }
        return false;
    }
}
