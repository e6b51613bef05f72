using System.Globalization;
using Serilog;

namespace ClaimTracker.Web.Hosting;

/// <summary>Serilog: levels and enrichers from the <c>Serilog</c> configuration section; console and a daily file under the data folder's logs/.</summary>
public static class LoggingExtensions
{
    private const string OutputTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static WebApplicationBuilder AddClaimTrackerLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                var configuration = services.GetRequiredService<IConfiguration>();
                var logFile = Path.Combine(StoreLocation.DataFolder(configuration, contentRoot), "logs", "claimtracker-.log");
                logger.ReadFrom.Configuration(configuration)
                    .Enrich.FromLogContext()
                    .Enrich.WithProperty("Application", "ClaimTracker")
                    // Last, so it also sees the properties the enrichers above add.
                    .Enrich.With<EscapedLogProperties>()
                    .WriteTo.Console(outputTemplate: OutputTemplate, formatProvider: CultureInfo.InvariantCulture)
                    .WriteTo.File(
                        logFile,
                        outputTemplate: "{Timestamp:o} [{Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}",
                        formatProvider: CultureInfo.InvariantCulture,
                        rollingInterval: RollingInterval.Day,
                        retainedFileCountLimit: 14,
                        shared: true);
            },
            // Several hosts share a process in the tests; none may replace or close the global logger.
            preserveStaticLogger: true);
        return builder;
    }

    public static WebApplication UseClaimTrackerRequestLogging(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSerilogRequestLogging(options =>
        {
            // The app's own logger: the static one stays silent (see preserveStaticLogger above).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (context, http) =>
            {
                context.Set("RequestHost", http.Request.Host.Value ?? "");
                context.Set("UserName", http.User.Identity?.Name ?? "anonymous");
            };
        });
        return app;
    }
}
