using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A state's own media speak for the state: "Photos released by the Korean Central News Agency showed the portraits of
/// 101 soldiers", "state television aired the coffins of 20 soldiers" count the state's soldiers, as its army would
/// (read by <see cref="OwnPopulation"/>). A registry source is state media when populations.json
/// <c>stateMedia</c> lists it; an independent outlet of the same country (Mediazona) is not.
/// Golden case: state_media_count_their_own_soldiers.
/// </summary>
internal static class StateMedia
{
    private static readonly WordSet Names = WordLists.Set("stateMedia");

    public static bool Is(SourceDefinition source) => source.Kind == SourceKind.Media && Names.Contains(source.Name);
}
