namespace ClaimTracker.Store.Claims;

/// <summary>A row of the claims list with the list's total, read in the page's one statement (<see cref="ClaimProjection.WithTotal"/>).</summary>
internal sealed class CountedClaimView
{
    public ClaimView View { get; init; } = null!;
    public int Total { get; init; }
}
