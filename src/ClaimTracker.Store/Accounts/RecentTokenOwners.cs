using System.Collections.Concurrent;
using System.Globalization;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// The owners of the API tokens this app instance read in the last <see cref="Lifetime"/>, by the token's SHA-256: a
/// script's requests come many a second on one token, and reading its owner again for each was a round trip on
/// PostgreSQL, half the commands of a claim's GET (docs/performance.md, branch pg38). A revoke or an account change made
/// through this instance forgets every kept owner at once, so its next request reads the store; one made on another
/// instance, or by the CLI, bites there within <see cref="Lifetime"/> (<c>Auth:TokenOwnerSeconds</c>, 2 by default; 0
/// reads the store on every request).
/// </summary>
public sealed class RecentTokenOwners(TimeProvider clock, IConfiguration configuration)
{
    public const string LifetimeSetting = "Auth:TokenOwnerSeconds";

    /// <summary>Short by default: the bound on how long a revoke or a demotion made elsewhere may go unseen here.</summary>
    public TimeSpan Lifetime { get; } = TimeSpan.FromSeconds(
        double.TryParse(configuration[LifetimeSetting], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? Math.Max(0, seconds) : 2);

    private readonly ConcurrentDictionary<string, (TokenOwner Owner, DateTimeOffset Until)> owners = new(StringComparer.Ordinal);
    private long forgotten;

    /// <summary>How many times owners were forgotten: read before the store is, and given back to <see cref="Keep"/>.</summary>
    public long Forgotten => Interlocked.Read(ref forgotten);

    /// <summary>The owner kept for this token hash, if read less than <see cref="Lifetime"/> ago.</summary>
    public TokenOwner? Find(string hash)
    {
        if (Lifetime == TimeSpan.Zero || !owners.TryGetValue(hash, out var kept))
        {
            return null;
        }
        if (kept.Until > clock.GetUtcNow())
        {
            return kept.Owner;
        }
        owners.TryRemove(KeyValuePair.Create(hash, kept));
        return null;
    }

    /// <summary>
    /// Keeps an owner read from the store, unless owners were forgotten since <paramref name="forgottenBeforeRead"/>: a
    /// revoke that committed while this read was under way must not be undone by it.
    /// </summary>
    public void Keep(string hash, TokenOwner owner, long forgottenBeforeRead)
    {
        if (Lifetime == TimeSpan.Zero)
        {
            return;
        }
        owners[hash] = (owner, clock.GetUtcNow() + Lifetime);
        if (Forgotten != forgottenBeforeRead)
        {
            owners.TryRemove(hash, out _);
        }
    }

    /// <summary>After a token is revoked or an account changes: every token's next request reads its owner from the store.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref forgotten);
        owners.Clear();
    }
}
