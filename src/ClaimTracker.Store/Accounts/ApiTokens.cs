using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// Personal API tokens: <c>ct_{prefix}_{secret}</c>. The prefix (random, 10 characters) is stored in clear to find the row;
/// the whole token only as SHA-256 — a long random secret needs no slow hash, and a stolen database yields no usable token.
/// </summary>
public sealed partial class ApiTokens(IDbContextFactory<ClaimTrackerDb> dbFactory, RecentTokenOwners recent, TimeProvider clock, ILogger<ApiTokens> logger)
{
    public const string TokenStart = "ct_";
    public const int MaxNameLength = 100;
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int PrefixLength = 10;
    private const int SecretLength = 40;

    public async Task<CreatedApiToken> CreateAsync(string userId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        name = string.IsNullOrWhiteSpace(name) ? "API token" : name.Trim();
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength];
        }
        var prefix = RandomNumberGenerator.GetString(Alphabet, PrefixLength);
        var token = $"{TokenStart}{prefix}_{RandomNumberGenerator.GetString(Alphabet, SecretLength)}";
        var row = new ApiToken
        {
            UserId = userId,
            Name = name,
            Prefix = prefix,
            Hash = HashOf(token),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(logger, row.Id, prefix, userId);
        return new CreatedApiToken(Summarize(row), token);
    }

    public async Task<IReadOnlyList<ApiTokenSummary>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ApiTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(Summarize)];
    }

    /// <summary>Revokes one of the user's own tokens; false when it is not theirs or does not exist.</summary>
    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (row is null)
        {
            return false;
        }
        var first = row.RevokedAt is null;
        row.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        // Saved even when it was revoked already (elsewhere): this instance may still keep its owner, and the save is
        // where kept owners are forgotten (AccountChangeWatch).
        db.Entry(row).Property(t => t.RevokedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        if (first)
        {
            LogRevoked(logger, row.Id, row.Prefix, userId);
        }
        return true;
    }

    /// <summary>The owner's user id for a valid, unrevoked token; null for anything else.</summary>
    public async Task<string?> FindUserIdAsync(string token, CancellationToken cancellationToken = default) =>
        (await FindOwnerAsync(token, cancellationToken))?.UserId;

    /// <summary>
    /// The owner of a valid, unrevoked token with their claims and roles as stored now, or as this instance read them less
    /// than <see cref="RecentTokenOwners.Lifetime"/> ago (a revoke, a role change or a lock made here bites at the next
    /// request; made elsewhere, within that time); null for anything else. One statement when read: the token, then
    /// Identity's user, user claims, roles and role claims were six statements, each a pool checkout.
    /// </summary>
    public async Task<TokenOwner?> FindOwnerAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!TryReadPrefix(token, out var prefix))
        {
            return null;
        }
        var hash = HashOf(token);
        if (recent.Find(hash) is { } kept)
        {
            return kept;
        }
        var forgottenBeforeRead = recent.Forgotten;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Prefix == prefix && t.RevokedAt == null)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new
            {
                t.Id,
                t.Hash,
                t.LastUsedAt,
                UserId = u.Id,
                u.UserName,
                u.Email,
                u.SecurityStamp,
                u.LockoutEnd,
                Claims = db.UserClaims.Where(c => c.UserId == u.Id).OrderBy(c => c.Id)
                    .Select(c => new { c.ClaimType, c.ClaimValue }).ToList(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r)
                    .OrderBy(r => r.Id)
                    .Select(r => new
                    {
                        r.Name,
                        Claims = db.RoleClaims.Where(c => c.RoleId == r.Id).OrderBy(c => c.Id)
                            .Select(c => new { c.ClaimType, c.ClaimValue }).ToList(),
                    })
                    .ToList(),
            })
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(row.Hash), Encoding.ASCII.GetBytes(hash)))
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var minuteAgo = now - TimeSpan.FromMinutes(1);
        // Written at most once a minute: a busy script should not turn every read into a write. The condition is checked
        // again by the UPDATE: 32 clients sharing a token all read it unused at once, and queued on its row to write it.
        if (row.LastUsedAt is null || row.LastUsedAt.Value < minuteAgo)
        {
            await db.ApiTokens.Where(t => t.Id == row.Id && (t.LastUsedAt == null || t.LastUsedAt < minuteAgo))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }
        var owner = new TokenOwner(
            row.UserId, row.UserName, row.Email, row.SecurityStamp, row.LockoutEnd,
            [.. row.Claims.Select(c => (c.ClaimType ?? "", c.ClaimValue ?? ""))],
            [.. row.Roles.Where(r => r.Name is not null).Select(r => (r.Name!, (IReadOnlyList<(string, string)>)[.. r.Claims.Select(c => (c.ClaimType ?? "", c.ClaimValue ?? ""))]))]);
        recent.Keep(hash, owner, forgottenBeforeRead);
        return owner;
    }

    public static string HashOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    private static bool TryReadPrefix(string token, out string prefix)
    {
        prefix = "";
        if (token.Length != TokenStart.Length + PrefixLength + 1 + SecretLength
            || !token.StartsWith(TokenStart, StringComparison.Ordinal)
            || token[TokenStart.Length + PrefixLength] != '_')
        {
            return false;
        }
        prefix = token.Substring(TokenStart.Length, PrefixLength);
        return true;
    }

    private static ApiTokenSummary Summarize(ApiToken t) => new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.LastUsedAt, t.RevokedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "API token {TokenId} ({TokenPrefix}) created for user {UserId}")]
    private static partial void LogCreated(ILogger logger, int tokenId, string tokenPrefix, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "API token {TokenId} ({TokenPrefix}) of user {UserId} revoked")]
    private static partial void LogRevoked(ILogger logger, int tokenId, string tokenPrefix, string userId);
}
