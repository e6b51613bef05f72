using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>
/// When no server is given, the Postgres tests start their own from Debian's postgresql package (installing it when
/// running as root, as the browser tests do with chromium): a cluster in a temp folder on a free loopback port,
/// stopped and deleted when the test run ends. So `dotnet test` needs nothing a root CI machine lacks.
/// </summary>
internal static class ThrowawayPostgres
{
    private const string Binaries = "/usr/lib/postgresql";

    /// <summary>The connection string of a fresh server, or null when PostgreSQL is not installed and cannot be.</summary>
    public static string? Start()
    {
        var bin = FindBinaries();
        if (bin is null && OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess && File.Exists("/usr/bin/apt-get"))
        {
            Run("apt-get", ["update", "-qq"]);
            Run("apt-get", ["install", "-y", "-qq", "postgresql"]);
            bin = FindBinaries();
        }
        if (bin is null)
        {
            return null;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"claimtracker-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // initdb refuses to run as root: the cluster belongs to the postgres user then.
        string[] asPostgres = Environment.IsPrivilegedProcess ? ["runuser", "-u", "postgres", "--"] : [];
        if (Environment.IsPrivilegedProcess)
        {
            Run("chown", ["postgres", folder]);
        }
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        RunAs(asPostgres, Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        RunAs(asPostgres, Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-o",
            $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c max_connections=300 -c fsync=off", "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunAs(asPostgres, Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The server is stopped; a folder left in the temp directory is only litter.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres";
    }

    private static string? FindBinaries() =>
        Directory.Exists(Binaries)
            ? Directory.GetDirectories(Binaries).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAs(string[] prefix, string fileName, string[] arguments) =>
        Run(prefix.Length == 0 ? fileName : prefix[0], prefix.Length == 0 ? arguments : [.. prefix[1..], fileName, .. arguments]);

    private static void Run(string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start `{fileName}`.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"Starting a throwaway PostgreSQL failed: `{fileName} {string.Join(' ', arguments)}` exited with {process.ExitCode}." +
                $"{Environment.NewLine}{output.Result}{error.Result}");
        }
    }
}
