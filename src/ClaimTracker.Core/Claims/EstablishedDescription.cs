using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// The body a story has already called by a description: "citing a briefing by the country's spy agency" (South
/// Korea's NIS) … "Pyongyang is expected to send another 1,500 troops, the spy agency said": a later anaphor with the
/// same description ("spy agency", "health ministry", "military intelligence"; two words or more, with "the" or an
/// owner's possessive left off) is the body that description last resolved to, not the nearest body it would fit.
/// Golden cases: the_spy_agency_the_story_established.
/// </summary>
internal sealed class EstablishedDescription
{
    private readonly Dictionary<string, SourceDefinition> resolved = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records what an anaphor resolved to, under its description.</summary>
    public void Remember(string anaphor, SourceDefinition? source)
    {
        if (source is not null && Description(anaphor) is { } key)
        {
            resolved[key] = source;
        }
    }

    /// <summary>The body the anaphor's description last resolved to, if the story has used it before.</summary>
    public SourceDefinition? Find(string anaphor) => Description(anaphor) is { } key ? resolved.GetValueOrDefault(key) : null;

    // "the country's spy agency" and "the spy agency" → "spy agency"; one word ("the army") is too general to carry.
    internal static string? Description(string anaphor)
    {
        var text = anaphor.Replace('’', '\'').Trim();
        var possessive = text.LastIndexOf("'s ", StringComparison.Ordinal);
        if (possessive >= 0)
        {
            text = text[(possessive + 3)..];
        }
        else if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }
        return text.Contains(' ') ? text : null;
    }
}
