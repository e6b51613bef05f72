using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// Where an import's CPU goes, summed over every article and thread since the process started: reading, extracting,
/// fingerprinting (on every core) and storing (one batch at a time). <c>claimtracker import --verbose</c> prints them.
/// On Linux each phase is the calling thread's own CPU time, so a machine busy with other work does not inflate it;
/// elsewhere it is the wall clock.
/// </summary>
public sealed class ImportPhases
{
    private long read, extract, hash, duplicates, registry, build, write, commit, waited;

    private static readonly bool ThreadClock = OperatingSystem.IsLinux() && ThreadCpuNanoseconds() > 0;

    private static readonly double TicksPerSecond = ThreadClock ? 1e9 : Stopwatch.Frequency;

    internal static long Now() => ThreadClock ? ThreadCpuNanoseconds() : Stopwatch.GetTimestamp();

    private static long ThreadCpuNanoseconds()
    {
        const int ThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID
        return ClockGetTime(ThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    internal void AddRead(long since) => Interlocked.Add(ref read, Now() - since);

    internal void AddExtract(long since) => Interlocked.Add(ref extract, Now() - since);

    internal void AddHash(long since) => Interlocked.Add(ref hash, Now() - since);

    internal void AddDuplicates(long since) => Interlocked.Add(ref duplicates, Now() - since);

    internal void AddRegistry(long since) => Interlocked.Add(ref registry, Now() - since);

    internal void AddBuild(long since) => Interlocked.Add(ref build, Now() - since);

    internal void AddWrite(long since) => Interlocked.Add(ref write, Now() - since);

    internal void AddCommit(long since) => Interlocked.Add(ref commit, Now() - since);

    // Waiting is not CPU: wall-clock time, from a Stopwatch timestamp.
    internal void AddWaited(long since) => Interlocked.Add(ref waited, Stopwatch.GetTimestamp() - since);

    /// <summary>One line: each phase's total in seconds.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"phases ({(ThreadClock ? "CPU" : "wall")} s, summed over threads): read {Seconds(read):0.00}, extract {Seconds(extract):0.00}, hash {Seconds(hash):0.00}; " +
        $"store: duplicate check {Seconds(duplicates):0.00}, registry {Seconds(registry):0.00}, build rows {Seconds(build):0.00}, " +
        $"insert {Seconds(write):0.00}, commit {Seconds(commit):0.00}; " +
        $"writer waited for extraction {(double)waited / Stopwatch.Frequency:0.00} s wall");

    private static double Seconds(long ticks) => ticks / TicksPerSecond;
}
