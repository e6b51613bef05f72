namespace ClaimTracker.Store.Claims;

/// <summary>An editor's verdict on an extracted claim.</summary>
public enum ReviewState
{
    Unreviewed,
    Confirmed,
    Rejected,
}
