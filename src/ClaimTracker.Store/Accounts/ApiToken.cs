namespace ClaimTracker.Store.Accounts;

/// <summary>
/// A personal API token. Only its SHA-256 hash is stored; <see cref="Prefix"/> (also part of the token) finds the row
/// without scanning, and is what the owner sees in the list to tell tokens apart.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    /// <summary>What the owner called it ("nightly import script").</summary>
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole token text.</summary>
    public required string Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
