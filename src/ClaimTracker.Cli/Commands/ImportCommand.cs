namespace ClaimTracker.Cli.Commands;

internal static class ImportCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        error.WriteLine("import is not built yet.");
        return Task.FromResult(1);
    }
}
