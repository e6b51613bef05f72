namespace ClaimTracker.Web.Features.Accounts;

/// <summary>What a password sign-in came to: signed in (and whether a one-time password must be replaced first), or the one message every failure gets.</summary>
public sealed record SignInOutcome(bool Succeeded, bool MustChangePassword, string? Message);
