using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>
/// The same app on Kestrel over a loopback port, for what the in-memory test server hides: a real client sends a
/// body of unknown length chunked, with no Content-Length, and Kestrel reads it as it arrives.
/// </summary>
public sealed class LoopbackAppFactory : ClaimTrackerAppFactory
{
    public LoopbackAppFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        RootUri = new Uri(addresses.Addresses.First());
    }

    public Uri RootUri { get; }

    /// <summary>A plain socket client for a fresh user in <paramref name="role"/>, with their API token.</summary>
    public async Task<HttpClient> SocketClientAsync(string role)
    {
        var client = new HttpClient { BaseAddress = RootUri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await EditorClient.TokenForAsync(this, role));
        return client;
    }
}
