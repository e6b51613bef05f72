using System.Diagnostics;

namespace ClaimTracker.EndToEnd.Infrastructure;

/// <summary>
/// Finds Debian's chromium for Playwright to drive. The browser tests never download a browser
/// (no `playwright install`): on a fresh machine running as root they install the distribution package instead.
/// </summary>
internal static class ChromiumExecutable
{
    private const string DebianPath = "/usr/bin/chromium";

    // Several test classes may ask at once; apt-get must run only once per test run.
    private static readonly Lazy<Task<string>> Located = new(LocateOrInstallAsync);

    public static Task<string> FindAsync() => Located.Value;

    private static async Task<string> LocateOrInstallAsync()
    {
        if (Find() is { } found)
        {
            return found;
        }

        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess || FindOnPath("apt-get") is null)
        {
            throw new InvalidOperationException(
                "The browser tests need Debian's Chromium, and it was not found at /usr/bin/chromium or as `chromium` on PATH. " +
                "Install it with `sudo apt-get install -y chromium` (the tests install it themselves only when running as root).");
        }

        await RunAsync("apt-get", "update -qq").ConfigureAwait(false);
        await RunAsync("apt-get", "install -y -qq --no-install-recommends chromium").ConfigureAwait(false);

        return Find() ?? throw new InvalidOperationException(
            "`apt-get install -y chromium` finished but no chromium executable appeared at /usr/bin/chromium or on PATH.");
    }

    private static string? Find() => File.Exists(DebianPath) ? DebianPath : FindOnPath("chromium");

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    private static async Task RunAsync(string fileName, string arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start `{fileName} {arguments}`.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"Installing Chromium failed: `{fileName} {arguments}` exited with {process.ExitCode}.{Environment.NewLine}" +
                $"{await output.ConfigureAwait(false)}{await error.ConfigureAwait(false)}");
        }
    }
}
