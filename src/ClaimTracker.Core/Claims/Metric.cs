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
    /// <summary>Fled, forced from their homes, displaced.</summary>
    Displaced,
    /// <summary>Detained or arrested (people held by an authority, as opposed to fighters captured in battle).</summary>
    Detained,
    /// <summary>Evacuated by rescuers or authorities.</summary>
    Evacuated,
}
