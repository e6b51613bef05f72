using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// Personal API tokens: <c>ct_{prefix}_{secret}</c>. The prefix (random, 10 characters) is stored in clear to find the row;
/// the whole token only as SHA-256 — a long random secret needs no slow hash, and a stolen database yields no usable token.
/// </summary>
public sealed partial class ApiTokens(IDbContextFactory<ClaimTrackerDb> dbFactory, TimeProvider clock, ILogger<ApiTokens> logger)
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
        if (row.RevokedAt is null)
        {
            row.RevokedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            LogRevoked(logger, row.Id, row.Prefix, userId);
        }
        return true;
    }

    /// <summary>The owner's user id for a valid, unrevoked token; null for anything else.</summary>
    public async Task<string?> FindUserIdAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!TryReadPrefix(token, out var prefix))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ApiTokens.FirstOrDefaultAsync(t => t.Prefix == prefix, cancellationToken);
        if (row is null || row.RevokedAt is not null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(row.Hash), Encoding.ASCII.GetBytes(HashOf(token))))
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // Written at most once a minute: a busy script should not turn every read into a write.
        if (row.LastUsedAt is null || now - row.LastUsedAt.Value > TimeSpan.FromMinutes(1))
        {
            row.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return row.UserId;
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
