namespace ClaimTracker.Core.Claims;

/// <summary>Whether the counted thing has happened, is expected, is planned, or is denied.</summary>
public enum ClaimStatus
{
    Reported,
    Expected,
    Planned,
    Denied,
}
