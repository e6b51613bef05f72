using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace ClaimTracker.Web.Tests.Infrastructure;

/// <summary>
/// The app as an operator runs it: <c>dotnet ClaimTracker.Web.dll</c> from the build output, in its own process, on a
/// loopback port, with its own SQLite file and settings given as environment variables; and the real CLI against the
/// same store. Nothing is hosted in the test process.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();
    private readonly string dataFolder;

    private AppProcess(Process process, string dataFolder, Uri root)
    {
        this.process = process;
        this.dataFolder = dataFolder;
        Root = root;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Root { get; }

    public string ConnectionString => $"Data Source={Path.Combine(dataFolder, "claimtracker.db")}";

    /// <summary>What the app wrote to its console so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Starts the app with <paramref name="settings"/> (environment variables, e.g. <c>Feeds__PollSeconds</c>) and waits until /health answers.</summary>
    public static async Task<AppProcess> StartAsync(params (string Name, string Value)[] settings)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "claimtracker-process", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        var root = new Uri($"http://127.0.0.1:{FreePort()}/");
        // As `dotnet run` does: the project folder is the content root, so appsettings.json and the seeds are the checkout's.
        var start = Dotnet(BuildOutput("ClaimTracker.Web"), Path.Combine(RepositoryRoot, "src", "ClaimTracker.Web"));
        start.Environment["ASPNETCORE_URLS"] = root.AbsoluteUri.TrimEnd('/');
        start.Environment["DataFolder"] = dataFolder;
        start.Environment["ConnectionStrings__ClaimTracker"] = $"Data Source={Path.Combine(dataFolder, "claimtracker.db")}";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }
        var app = new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), dataFolder, root);
        await app.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
        return app;
    }

    /// <summary>Runs <c>claimtracker ARGS</c> against this app's store; its exit code, output and error output.</summary>
    public Task<(int Code, string Output, string Error)> CliAsync(params string[] args) =>
        RunCliAsync(dataFolder, [("ConnectionStrings__ClaimTracker", ConnectionString)], args);

    /// <summary>Runs <c>claimtracker ARGS</c> from the build output with the given environment; its exit code, output and error output.</summary>
    public static async Task<(int Code, string Output, string Error)> RunCliAsync(
        string workingDirectory, IEnumerable<(string Name, string Value)> environment, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(args);
        var start = Dotnet(BuildOutput("ClaimTracker.Cli"), workingDirectory);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var cli = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = cli.StandardOutput.ReadToEndAsync();
        var error = cli.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await cli.WaitForExitAsync(timeout.Token);
        return (cli.ExitCode, await output, await error);
    }

    /// <summary>An HTTP client for the app that sends <paramref name="token"/> as a script does.</summary>
    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = Root, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = Root, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before it answered:\n{Log}");
            }
            try
            {
                using var health = await client.GetAsync("health");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but busy starting (migrations, seeds) on a loaded machine.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not answer /health within {limit}:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static ProcessStartInfo Dotnet(string dll, string workingDirectory)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the project first: {dll} is missing.", dll);
        }
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        return start;
    }

    // The project's own output for this test run's configuration and framework (…/bin/Debug/net10.0/).
    private static string BuildOutput(string project)
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        return Path.Combine(RepositoryRoot, "src", project, "bin", configuration, framework.Name, project + ".dll");
    }

    private static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ClaimTracker.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No ClaimTracker.sln above {AppContext.BaseDirectory}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held for a moment is not worth failing the test over; the folder is under temp.
        }
    }
}
