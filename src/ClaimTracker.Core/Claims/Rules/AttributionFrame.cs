using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// One attribution frame: given a cue word of the sentence (a reporting verb, "according", "citing", "count"), reads
/// the speaker it introduces into the sentence's attributors. Frames are single stateless instances;
/// <see cref="AttributionFinder"/> tries them in its order and the first that reads the cue ends the search.
/// </summary>
internal abstract class AttributionFrame
{
    /// <summary>Whether the cue at token <paramref name="cue"/> is this frame's (even when it finds no speaker).</summary>
    public abstract bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into);
}
