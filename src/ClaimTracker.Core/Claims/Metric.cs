namespace ClaimTracker.Core.Claims;

/// <summary>What happened to the people a claim counts. Serialized in snake_case (killed_or_wounded).</summary>
public enum Metric
{
    Deployed,
    Killed,
    Wounded,
    KilledOrWounded,
    Captured,
    Missing,
    ReturnedToDuty,
    Engaged,
    Other,
}
