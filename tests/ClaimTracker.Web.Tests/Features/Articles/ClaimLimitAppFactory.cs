using Microsoft.AspNetCore.Hosting;

namespace ClaimTracker.Web.Tests.Features.Articles;

/// <summary>The real app with <c>Ingest:MaxClaimsPerArticle</c> set low, so a short article reaches the limit.</summary>
public sealed class ClaimLimitAppFactory : Infrastructure.ClaimTrackerAppFactory
{
    public const int MaxClaims = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingest:MaxClaimsPerArticle", MaxClaims.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
