namespace ClaimTracker.Web.Features.Sources;

/// <summary>Why a change to the registry was refused.</summary>
public enum SourceRefusal
{
    /// <summary>The request itself is wrong (no name, a merge into itself).</summary>
    Invalid,
    /// <summary>The signed-in user may not change the registry.</summary>
    Forbidden,
    /// <summary>The source does not exist (never did, or was merged or rejected).</summary>
    NotFound,
    /// <summary>Someone else changed the source since it was read (approved, merged or rejected it).</summary>
    Conflict,
}
