using System.Diagnostics;
using System.Text.Json;

namespace ClaimTracker.Web.Tests.Api.Contract;

/// <summary>
/// <c>redocly lint</c> from tools/redocly (the version pinned in its package.json and lockfile), with the rules of the
/// repo's redocly.yaml. Installs it with npm on first use; without npm the test fails saying how to get it.
/// </summary>
public static class RedoclyLinter
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string RepositoryRoot { get; } = FindRoot();

    private static string ToolFolder => Path.Combine(RepositoryRoot, "tools", "redocly");

    private static string CliScript => Path.Combine(ToolFolder, "node_modules", "@redocly", "cli", "bin", "cli.js");

    /// <summary>Lints <paramref name="documentPath"/> and returns redocly's JSON report (totals and problems).</summary>
    public static async Task<JsonDocument> LintAsync(string documentPath)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await RunAsync("node",
            [CliScript, "lint", documentPath, "--config", Path.Combine(RepositoryRoot, "redocly.yaml"), "--format", "json"], RepositoryRoot);
        var start = output.IndexOf('{', StringComparison.Ordinal);
        Assert.True(start >= 0, $"redocly lint wrote no JSON report (exit {exitCode}).\n{output}\n{error}");
        return JsonDocument.Parse(output[start..]);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(CliScript))
            {
                return;
            }
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], ToolFolder);
            Assert.True(install.ExitCode == 0 && File.Exists(CliScript),
                $"npm ci in tools/redocly failed (exit {install.ExitCode}); run it by hand to see why.\n{install.Output}\n{install.Error}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // No telemetry or update check: CI has no internet, and a lint must not phone home.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"The OpenAPI lint needs Node.js 20.19+ with npm, and '{program}' is not on PATH ({e.Message}). Install them "
                + "(Debian: apt-get install nodejs npm; or https://nodejs.org), then run the tests again: the test installs "
                + "@redocly/cli into tools/redocly by itself (or run: npm ci --prefix tools/redocly).");
            throw;
        }
        using var process = started ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "redocly.yaml")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No redocly.yaml above {AppContext.BaseDirectory}.");
    }
}
