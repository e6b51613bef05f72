namespace ClaimTracker.Store.Accounts;

/// <summary>
/// The result of a change on the Users page, with a message fit to show the admin, and — after creating a user or
/// resetting a password without choosing one — the generated password, shown once.
/// </summary>
public sealed record AccountChange(bool Succeeded, string Message, string? NewPassword = null);
