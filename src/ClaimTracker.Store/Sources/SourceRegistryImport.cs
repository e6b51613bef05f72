using ClaimTracker.Core.Sources;
using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Sources;

/// <summary>
/// Copies the shipped source registry into the Sources table: adds sources and aliases the store lacks and
/// never overwrites what is there, so editors' corrections and credibility ratings survive a restart.
/// </summary>
public sealed partial class SourceRegistryImport(
    IDbContextFactory<ClaimTrackerDb> dbFactory,
    SourceRegistry registry,
    ILogger<SourceRegistryImport> logger)
{
    /// <returns>How many sources and aliases were added.</returns>
    public async Task<(int Sources, int Aliases)> ImportAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Sources.Include(s => s.Aliases).ToListAsync(cancellationToken);
        var byName = stored.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var aliasOwners = stored
            .SelectMany(s => s.Aliases.Select(a => (a.Value, s.Name)))
            .ToDictionary(p => p.Value, p => p.Name, StringComparer.OrdinalIgnoreCase);

        int addedSources = 0, addedAliases = 0;
        foreach (var definition in registry.Sources)
        {
            if (!byName.TryGetValue(definition.Name, out var source))
            {
                source = new Source
                {
                    Name = definition.Name,
                    FullName = definition.FullName,
                    Kind = definition.Kind,
                    Country = definition.Country,
                };
                db.Sources.Add(source);
                byName[definition.Name] = source;
                addedSources++;
            }
            foreach (var alias in definition.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()))
            {
                if (aliasOwners.TryAdd(alias, source.Name))
                {
                    source.Aliases.Add(new SourceAlias { Value = alias });
                    addedAliases++;
                }
                else if (!aliasOwners[alias].Equals(source.Name, StringComparison.OrdinalIgnoreCase))
                {
                    // An alias names one source; the first claimant keeps it.
                    LogAliasTaken(alias, source.Name, aliasOwners[alias]);
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        if (addedSources + addedAliases > 0)
        {
            LogImported(addedSources, addedAliases);
        }
        return (addedSources, addedAliases);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source registry: added {SourceCount} sources and {AliasCount} aliases")]
    private partial void LogImported(int sourceCount, int aliasCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source registry: alias {Alias} of {Source} is already an alias of {Owner}; skipped")]
    private partial void LogAliasTaken(string alias, string source, string owner);
}
