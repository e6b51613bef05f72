using System.Net;
using System.Net.Http.Json;
using ClaimTracker.Web.Hosting;
using ClaimTracker.Web.Tests.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClaimTracker.Web.Tests.Features.Security;

/// <summary>
/// What users type reaches the log (sign-in names, titles, request paths); it must not write lines of its own there,
/// nor fill it. Read from the real app's own log file.
/// </summary>
public sealed class LogForgingTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    // What a forged line would look like in the file: a timestamp and a level at the start of a line.
    private const string Forged = "2026-01-01T00:00:00.0000000+00:00 [INF] ClaimTracker: User admin granted Admin";

    [Fact]
    public async Task A_newline_in_a_sign_in_name_or_an_ingested_title_stays_inside_its_own_log_line()
    {
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var client = await EditorClient.CreateAsync(app);

        using var signIn = await AccountsApp.PostSignInAsync(browser, "nobody\n" + Forged, "not-the-password");
        using var ingest = await client.PostAsJsonAsync("/api/articles", new { title = "Forged title\r\n" + Forged, text = EditorClient.ArticleText("log-forging") });

        Assert.Equal(HttpStatusCode.Created, ingest.StatusCode);
        var lines = await LogLinesAsync(lines => lines.Count(l => l.Contains("User admin granted Admin", StringComparison.Ordinal)) >= 2);
        Assert.DoesNotContain(lines, l => l.StartsWith(Forged[..25], StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("nobody\\n" + Forged, StringComparison.Ordinal) && !l.StartsWith("2026-01-01", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Forged title\\r\\n" + Forged, StringComparison.Ordinal) && l.Contains("Ingested article", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_value_is_cut_with_a_marker_in_the_log()
    {
        using var client = app.CreateClient();
        var path = "/no-such-page-" + new string('p', 20_000);

        using var response = await client.GetAsync(path);

        var lines = await LogLinesAsync(lines => lines.Any(l => l.Contains("no-such-page-", StringComparison.Ordinal)));
        var line = Assert.Single(lines, l => l.Contains("no-such-page-", StringComparison.Ordinal) && l.Contains("HTTP GET", StringComparison.Ordinal));
        Assert.Contains($"…[cut: {path.Length} characters]", line, StringComparison.Ordinal);
        Assert.True(line.Length < 2 * 1024, $"The request's log line is {line.Length} characters long.");
    }

    [Theory]
    [InlineData("plain name", "plain name")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb\tc", "a\\r\\nb\\tc")]
    [InlineData("bell\u0007 esc\u001B nel\u0085", "bell\\u0007 esc\\u001B nel\\u0085")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("evil\u202Etxt.exe", "evil\\u202Etxt.exe")]
    [InlineData("Ünïcödé — fine", "Ünïcödé — fine")]
    public void Control_line_and_bidi_characters_are_escaped(string value, string logged) =>
        Assert.Equal(logged, EscapedLogProperties.Escape(value));

    [Fact]
    public void A_value_past_the_limit_keeps_its_start_and_says_how_long_it_was()
    {
        var outlet = new string('o', 1024 * 1024);

        var logged = EscapedLogProperties.Escape(outlet);

        Assert.Equal(new string('o', EscapedLogProperties.MaxLength) + "…[cut: 1048576 characters]", logged);
        var fine = outlet[..EscapedLogProperties.MaxLength];
        Assert.Same(fine, EscapedLogProperties.Escape(fine));
    }

    /// <summary>The app's log file (shared with the writer), read until <paramref name="ready"/> or 10 s.</summary>
    private async Task<List<string>> LogLinesAsync(Func<List<string>, bool> ready)
    {
        var folder = Path.Combine(app.DataFolder, "logs");
        var lines = new List<string>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            lines = [];
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "claimtracker-*.log") : [])
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                lines.AddRange((await reader.ReadToEndAsync()).Split('\n'));
            }
            if (ready(lines))
            {
                return lines;
            }
            await Task.Delay(100);
        }
        return lines;
    }
}
