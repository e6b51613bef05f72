using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Web.Features.UrlIngest;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.UrlIngest;

/// <summary>The SSRF guard: by default a link may only reach public addresses.</summary>
public sealed class AddressGuardTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("2002:7f00:1::")]
    public void Local_private_link_local_and_metadata_addresses_are_not_public(string address)
    {
        Assert.False(AddressGuard.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("93.184.216.34")]
    [InlineData("2606:4700:4700::1111")]
    public void Public_addresses_are_public(string address)
    {
        Assert.True(AddressGuard.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    public async Task A_loopback_link_is_refused_with_422_before_anything_is_fetched(string host)
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("secret", "text/html", LoopbackSite.ArticlePage("Internal", "Intranet", "2025-01-01", "The ministry said 10,000 troops arrived."));
        using var client = await EditorClient.CreateAsync(app);

        using var response = await client.PostAsJsonAsync("/api/articles", new { url = $"http://{host}:{site.Root.Port}/secret" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("refused", problem.RootElement.GetProperty("error").GetString());
        Assert.Contains("private or local address", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, site.RequestsFor("secret"));
    }

    [Fact]
    public async Task A_feed_on_a_loopback_address_is_polled_but_never_fetched_and_says_why()
    {
        await using var site = await LoopbackSite.StartAsync();
        site.Serve("feed.xml", "application/rss+xml", LoopbackSite.Rss());
        using var client = await EditorClient.CreateAsync(app);

        using var added = await client.PostAsJsonAsync("/api/feeds", new { url = new Uri(site.Root, "feed.xml").AbsoluteUri });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        string? lastError = null;
        while (lastError is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            using var feeds = JsonDocument.Parse(await client.GetStringAsync("/api/feeds"));
            lastError = feeds.RootElement.EnumerateArray().Single().GetProperty("lastError").GetString();
        }
        Assert.Contains("private or local address", lastError, StringComparison.Ordinal);
        Assert.Equal(0, site.RequestsFor("feed.xml"));
    }
}
