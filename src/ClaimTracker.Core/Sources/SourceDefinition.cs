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
    /// <summary>
    /// The name and every alias are common words ("Emergency Room") that name the body only when written with capitals;
    /// in lower case they are a thing ("the hospital's emergency room").
    /// </summary>
    public bool Capitalised { get; init; }
}
