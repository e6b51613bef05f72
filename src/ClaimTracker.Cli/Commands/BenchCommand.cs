namespace ClaimTracker.Cli.Commands;

internal static class BenchCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        error.WriteLine("bench is not built yet.");
        return 1;
    }
}
