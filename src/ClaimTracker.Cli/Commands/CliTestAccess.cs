using System.Runtime.CompilerServices;

// The commands stay internal to the CLI; their tests drive them with their own writers.
[assembly: InternalsVisibleTo("ClaimTracker.Cli.Tests")]
