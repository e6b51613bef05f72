namespace ClaimTracker.Store.Accounts;

/// <summary>The created user; <see cref="GeneratedPassword"/> only when none was given, and only in this response.</summary>
public sealed record NewUserResult(string UserName, string Role, string? GeneratedPassword);
