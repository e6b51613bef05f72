namespace ClaimTracker.Store.Accounts;

/// <summary>
/// A user as the Users page lists them. <see cref="MustChangePassword"/>: they still have a one-time password, so the
/// admin can tell who has not signed in since their account was created or reset. <see cref="LockedByAdmin"/>: an admin
/// locked the account (until unlocked), as opposed to the few minutes' lockout after wrong passwords.
/// </summary>
public sealed record UserSummary(string Id, string UserName, string Role, bool LockedOut, bool MustChangePassword, bool LockedByAdmin = false);
