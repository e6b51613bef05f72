namespace ClaimTracker.Store.Sources;

/// <summary>A name, description or person that stands for a source ("Kyrylo Budanov" for HUR).</summary>
public sealed class SourceAlias
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public required string Value { get; set; }
}
