namespace ClaimTracker.Core.Sources;

/// <summary>A source as the registry knows it: canonical short name, full name, kind, country and aliases.</summary>
public sealed record SourceDefinition
{
    public required string Name { get; init; }
    public required string FullName { get; init; }
    public SourceKind Kind { get; init; }
    public string? Country { get; init; }
    /// <summary>Names, descriptions and people that stand for the source ("Kyrylo Budanov" for HUR).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
