using System.Runtime.InteropServices;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// CPU time the calling thread has used, in nanoseconds (Linux only). On a machine other processes load, the wall
/// clock measures the queue for the core as much as the code; the thread's CPU time measures the code alone.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>Nanoseconds of CPU time used by this thread so far, or 0 where the clock is not available.</summary>
    public static long Now() => IsAvailable && clock_gettime(ClockThreadCpuTimeId, out var t) == 0 ? (t.Seconds * 1_000_000_000L) + t.Nanoseconds : 0;

    private static bool Probe()
    {
        try
        {
            return clock_gettime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: a blittable signature needs no generated marshalling, nor unsafe code.
    [DllImport("libc", SetLastError = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
