namespace ClaimTracker.Core.Sources;

/// <summary>
/// Words in a text that name a source: <see cref="Start"/>/<see cref="End"/> (end exclusive) index the text.
/// <see cref="Source"/> is null when the words name an attributor the registry does not know.
/// </summary>
public sealed record SourceMention(string Text, int Start, int End, SourceDefinition? Source);
