namespace ClaimTracker.Web.Features.Claims;

public enum ClaimSaveOutcome
{
    Saved,
    Unchanged,
    Invalid,
    NotFound,
    /// <summary>Someone else saved the claim after this editor opened it; nothing was written.</summary>
    Conflict,
}
