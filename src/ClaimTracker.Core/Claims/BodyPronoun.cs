using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Britain-based monitor said … Of the civilians, 430 were killed in Latakia province, it said", "The Joint Chiefs
/// of Staff said … It estimated": "it" continues the body that spoke last (the sentence before, else the speaker
/// carried, else a body named just before), never a person. Golden case: it_said_continues_the_monitor.
/// </summary>
internal static class BodyPronoun
{
    /// <summary>A source "it" can stand for: any but a person.</summary>
    public static bool IsBody(SourceDefinition source) => source.Kind is not SourceKind.Official;

    /// <summary>The body that spoke in the sentence before, else the body carried; null when neither is one.</summary>
    public static SourceDefinition? Resolve(List<Attributor>? previousSentence, Attributor? carried)
    {
        for (var a = (previousSentence?.Count ?? 0) - 1; a >= 0; a--)
        {
            if (previousSentence![a].Source is { } said && IsBody(said))
            {
                return said;
            }
        }
        return carried?.Source is { } c && IsBody(c) ? c : null;
    }
}
