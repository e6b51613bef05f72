using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>The registry's mentions of an article less those a rule says name someone else.</summary>
internal static class SourceMentions
{
    /// <summary>The mentions without those <paramref name="drop"/> picks; the same list when it picks none.</summary>
    public static IReadOnlyList<SourceMention> Without(IReadOnlyList<SourceMention> mentions, Func<SourceMention, bool> drop)
    {
        List<SourceMention>? kept = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var dropped = drop(mentions[k]);
            if (dropped && kept is null)
            {
                kept = [.. mentions.Take(k)];
            }
            if (!dropped)
            {
                kept?.Add(mentions[k]);
            }
        }
        return kept ?? mentions;
    }
}
