using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// Where an import's CPU goes, summed over every article and thread since the process started: reading, extracting,
/// fingerprinting (on every core) and storing (one batch at a time). <c>claimtracker import --verbose</c> prints them.
/// On Linux each phase is the calling thread's own CPU time, so a machine busy with other work does not inflate it;
/// elsewhere, and where an await moved the work to another thread (Npgsql's network waits), it is the wall clock.
/// </summary>
public sealed class ImportPhases
{
    private long read, extract, hash, duplicates, registry, build, write, cells, commit, waited;

    private static readonly bool ThreadClock = OperatingSystem.IsLinux() && ThreadCpuNanoseconds() > 0;

    internal static Mark Now() => new(Environment.CurrentManagedThreadId, ThreadClock ? ThreadCpuNanoseconds() : 0, Stopwatch.GetTimestamp());

    /// <summary>Nanoseconds since <paramref name="start"/>: the thread's CPU when still on its thread, else the wall clock.</summary>
    private static long Since(Mark start) => ThreadClock && start.Thread == Environment.CurrentManagedThreadId
        ? ThreadCpuNanoseconds() - start.Cpu
        : (long)((Stopwatch.GetTimestamp() - start.Wall) * (1e9 / Stopwatch.Frequency));

    internal readonly record struct Mark(int Thread, long Cpu, long Wall);

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

    internal void AddRead(Mark since) => Interlocked.Add(ref read, Since(since));

    internal void AddExtract(Mark since) => Interlocked.Add(ref extract, Since(since));

    internal void AddHash(Mark since) => Interlocked.Add(ref hash, Since(since));

    internal void AddDuplicates(Mark since) => Interlocked.Add(ref duplicates, Since(since));

    internal void AddRegistry(Mark since) => Interlocked.Add(ref registry, Since(since));

    internal void AddBuild(Mark since) => Interlocked.Add(ref build, Since(since));

    internal void AddWrite(Mark since) => Interlocked.Add(ref write, Since(since));

    internal void AddCells(Mark since) => Interlocked.Add(ref cells, Since(since));

    internal void AddCommit(Mark since) => Interlocked.Add(ref commit, Since(since));

    // Waiting is not CPU: wall-clock time, from a Stopwatch timestamp.
    internal void AddWaited(long since) => Interlocked.Add(ref waited, Stopwatch.GetTimestamp() - since);

    /// <summary>One line: each phase's total in seconds.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"phases ({(ThreadClock ? "CPU" : "wall")} s, summed over threads): read {Seconds(read):0.00}, extract {Seconds(extract):0.00}, hash {Seconds(hash):0.00}; " +
        $"store: duplicate check {Seconds(duplicates):0.00}, registry {Seconds(registry):0.00}, build rows {Seconds(build):0.00}, " +
        $"insert {Seconds(write):0.00}, comparison cells {Seconds(cells):0.00}, commit {Seconds(commit):0.00}; " +
        $"writer waited for extraction {(double)waited / Stopwatch.Frequency:0.00} s wall");

    private static double Seconds(long nanoseconds) => nanoseconds / 1e9;
}
