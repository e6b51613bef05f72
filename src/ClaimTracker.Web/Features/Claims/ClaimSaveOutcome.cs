namespace ClaimTracker.Web.Features.Claims;

public enum ClaimSaveOutcome
{
    Saved,
    Unchanged,
    Invalid,
    NotFound,
    /// <summary>Someone else saved the claim after this editor opened it; nothing was written.</summary>
    Conflict,
    /// <summary>The user may not write (not signed in, or not an Editor or Admin); nothing was saved.</summary>
    Forbidden,
}
