using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>One attribution frame run on its own over a real sentence, at the first token that is the cue word.</summary>
internal sealed class AttributionRun
{
    private AttributionRun(bool read, List<Attributor> found)
    {
        Read = read;
        Found = found;
    }

    /// <summary>Whether the frame took the cue as its own.</summary>
    public bool Read { get; }

    /// <summary>The attributors it added.</summary>
    public List<Attributor> Found { get; }

    /// <summary>The one attributor the frame added.</summary>
    public Attributor Speaker => Assert.Single(Found);

    public static AttributionRun Of(AttributionFrame frame, string text, string cue)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var at = tokens.FindIndex(t => t.IsWord && text[t.Start..t.End].Equals(cue, StringComparison.OrdinalIgnoreCase));
        Assert.True(at >= 0, $"no '{cue}' in: {text}");
        var found = new List<Attributor>();
        var read = frame.Read(text, tokens, at, SourceRegistry.Default.FindMentions(text), found);
        return new AttributionRun(read, found);
    }
}
