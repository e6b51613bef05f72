namespace ClaimTracker.Web.Features.Articles;

/// <summary>
/// A run of article text; <see cref="ClaimId"/> is set when the run is a claim's number, and <see cref="Repeat"/> when it
/// is another statement of that claim.
/// </summary>
public sealed record TextSegment(string Text, int? ClaimId = null)
{
    public bool Repeat { get; init; }
}
