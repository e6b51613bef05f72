namespace ClaimTracker.Store.Claims;

/// <summary>
/// Another place in the article that states the same claim (headline, lede, caption): its sentence and the offsets
/// of its number in the article text, end exclusive. The claim itself holds the clearest statement.
/// </summary>
public sealed class ClaimMention
{
    public int Id { get; set; }
    public int ClaimId { get; set; }
    public required string Quote { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
}
