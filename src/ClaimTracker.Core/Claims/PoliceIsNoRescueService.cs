using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ukraine's State Emergency Service said a man was killed … In Kharkiv Oblast, two people were killed, according to the
/// regional police": the police are another body of the state, not its rescue service named a paragraph before, so
/// "the police" does not point back to a body whose name is a civil-protection service (speakers.json
/// <c>policeNouns</c>; the service's head nouns are <c>stateServiceHeads</c>). Ukrainian daily round-ups by oblast cite
/// the emergency service, the regional police and the governors side by side. Golden case:
/// the_police_are_not_the_emergency_service_carried; Unseen50 kyivpost-russian-attacks-regions-past-day.
/// </summary>
internal static class PoliceIsNoRescueService
{
    private static readonly WordSet Police = WordLists.Set("policeNouns");
    private static readonly WordSet ServiceHeads = WordLists.Set("stateServiceHeads");

    /// <summary>Whether an anaphor headed <paramref name="head"/> is the police and <paramref name="source"/> a rescue service.</summary>
    public static bool Holds(ReadOnlySpan<char> head, SourceDefinition source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!Police.Contains(head))
        {
            return false;
        }
        foreach (var range in source.Name.AsSpan().Split(' '))
        {
            if (ServiceHeads.Contains(source.Name.AsSpan()[range]))
            {
                return true;
            }
        }
        return false;
    }
}
