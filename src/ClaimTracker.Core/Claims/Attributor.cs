using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>How a sentence names who said something.</summary>
internal enum AttributorCue
{
    /// <summary>"X said", "X estimated", "said X".</summary>
    Verb,
    /// <summary>"according to X".</summary>
    AccordingTo,
    /// <summary>"citing X", "by X" after a reporting verb: the original source behind a relay.</summary>
    Citing,
}

/// <summary>
/// Who a sentence credits: the words (text[Start..End]), the registry source they name if any, and
/// where the cue sits (<see cref="Position"/>), so each number takes the nearest attributor.
/// </summary>
internal sealed record Attributor(int Start, int End, string Text, SourceDefinition? Source, AttributorCue Cue, int Position)
{
    /// <summary>"he", "the agency", "officials": points back to an attributor named earlier.</summary>
    public bool IsAnaphor { get; init; }
    /// <summary>Country of the nationality the words carry ("Ukrainian defence officials" → UA), if any.</summary>
    public string? Country { get; init; }
    /// <summary>The owner of a count that stands at a figure ("South Korea's own estimate stood at"): it credits that figure and opens no scope.</summary>
    public bool OwnsCount { get; init; }
    /// <summary>No proper name beyond a nationality ("South Korean lawmakers", not "lawmaker Lee Seong-kweun").</summary>
    public bool IsGeneric { get; init; }
}
