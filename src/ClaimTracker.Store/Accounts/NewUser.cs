namespace ClaimTracker.Store.Accounts;

/// <summary>POST /api/users: the new user's name, role (Analyst by default) and, optionally, password.</summary>
public sealed record NewUser(string? UserName, string? Role, string? Password);
