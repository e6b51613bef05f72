using System.Net;
using System.Net.Sockets;
using ClaimTracker.Cli.Commands;

namespace ClaimTracker.Cli.Tests;

/// <summary>
/// `claimtracker bench clients`: what it refuses before sending a request. The run against a real app is
/// ClaimTracker.Web.Tests' ClientsBenchTests (it needs the web app on a loopback port).
/// </summary>
public sealed class ClientsBenchCommandTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ClientsBenchCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData(new string[0], "--url is required")]
    [InlineData(new[] { "--url", "ftp://127.0.0.1/" }, "--url needs the app's absolute http(s) address")]
    [InlineData(new[] { "--url", "127.0.0.1:5000" }, "--url needs the app's absolute http(s) address")]
    [InlineData(new[] { "--url" }, "--url needs the app's absolute http(s) address")]
    [InlineData(new[] { "--url", "http://127.0.0.1:5000", "--clients", "0" }, "--clients needs a whole number from 1 to 1024")]
    [InlineData(new[] { "--url", "http://127.0.0.1:5000", "--clients", "many" }, "--clients needs a whole number from 1 to 1024")]
    [InlineData(new[] { "--url", "http://127.0.0.1:5000", "--seconds", "-5" }, "--seconds needs a whole number of seconds from 1 to 3600")]
    [InlineData(new[] { "--url", "http://127.0.0.1:5000", "--warmup", "601" }, "--warmup needs a whole number of seconds from 0 to 600")]
    [InlineData(new[] { "--url", "http://127.0.0.1:5000", "--mix", "edits" }, "--mix is read, mixed or writes")]
    [InlineData(new[] { "--url", "http://127.0.0.1:5000", "--token" }, "--token needs an API token")]
    [InlineData(new[] { "--url", "http://127.0.0.1:5000", "--verbose" }, "unexpected argument '--verbose'")]
    [InlineData(new[] { "--url", "http://127.0.0.1:5000", "--mix", "mixed" }, "--mix mixed needs --token, an editor's API token")]
    [InlineData(new[] { "--url", "http://127.0.0.1:5000", "--mix", "writes" }, "--mix writes needs --token, an editor's API token")]
    public async Task Bad_arguments_are_refused_with_a_specific_message_and_exit_2(string[] args, string message)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains($"bench clients: {message}", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task An_address_where_nothing_listens_fails_with_exit_1_and_says_what_it_could_not_read()
    {
        // A port just released: nothing listens there, so the connection is refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (code, output, error) = await RunAsync("--url", $"http://127.0.0.1:{port}", "--seconds", "1", "--warmup", "0");

        Assert.Equal(1, code);
        Assert.Contains($"bench clients: could not read http://127.0.0.1:{port}/", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }
}
