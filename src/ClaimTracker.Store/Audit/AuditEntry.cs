namespace ClaimTracker.Store.Audit;

/// <summary>One field changed by one person at one time: the history of claims and sources.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string User { get; set; }
    /// <summary>"Claim", "Source", "Article".</summary>
    public required string Entity { get; set; }
    public int EntityId { get; set; }
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
