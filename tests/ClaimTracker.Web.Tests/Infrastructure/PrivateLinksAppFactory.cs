using Microsoft.AspNetCore.Hosting;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>The real app allowed to fetch loopback links (<c>Ingest:AllowPrivateAddresses</c>), polling feeds every second.</summary>
public sealed class PrivateLinksAppFactory : ClaimTrackerAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingest:AllowPrivateAddresses", "true");
        builder.UseSetting("Feeds:PollSeconds", "1");
    }
}
