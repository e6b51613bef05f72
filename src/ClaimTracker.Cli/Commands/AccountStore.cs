using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// The configured store's accounts for the operator's commands (users, tokens): the same store the app uses
/// (ConnectionStrings__ClaimTracker, or the app's own file inside a checkout), migrated, with Identity over it.
/// </summary>
internal static class AccountStore
{
    /// <summary>Whoever runs the CLI on the server already holds the store: the log names them so.</summary>
    public const string OperatorName = "cli";

    public static async Task<ServiceProvider?> OpenAsync(string? connection, TextWriter error, string command)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(connection is null ? [] : [new("ConnectionStrings:ClaimTracker", connection)])
            .Build();
        var storeRoot = string.IsNullOrWhiteSpace(configuration.GetConnectionString("ClaimTracker"))
            ? ImportCommand.WebAppFolder(Directory.GetCurrentDirectory())
            : Directory.GetCurrentDirectory();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddClaimTrackerStore(storeRoot)
            .AddClaimTrackerAccountStore().Services;
        // Identity's token providers need data protection, though no command here issues such tokens.
        services.AddDataProtection();
        var provider = services.BuildServiceProvider();
        try
        {
            await provider.MigrateClaimTrackerStoreAsync();
            // What the app's first start does: the roles, and the first admin when the store has no users.
            await ActivatorUtilities.CreateInstance<AdminBootstrap>(provider).StartAsync(CancellationToken.None);
            return provider;
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine($"{command}: {e.Message}");
            await provider.DisposeAsync();
            return null;
        }
    }
}
