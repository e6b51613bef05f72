using System.Globalization;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// One client's record of one operation during <c>bench clients</c>: the latencies of the requests that finished in the
/// measured window, the edit conflicts (409, expected when two editors correct one claim) and the errors by cause.
/// Each client keeps its own tallies, merged once at the end, so recording takes no lock.
/// </summary>
internal sealed class OperationTally
{
    public List<double> Milliseconds { get; } = [];

    public int Conflicts { get; set; }

    public SortedDictionary<string, int> Errors { get; } = new(StringComparer.Ordinal);

    public int ErrorCount => Errors.Values.Sum();

    public void Fail(string cause) => Errors[cause] = Errors.GetValueOrDefault(cause) + 1;

    public void Add(OperationTally other)
    {
        Milliseconds.AddRange(other.Milliseconds);
        Conflicts += other.Conflicts;
        foreach (var (cause, count) in other.Errors)
        {
            Errors[cause] = Errors.GetValueOrDefault(cause) + count;
        }
    }

    /// <summary>"N requests, R req/s, p50 …, p95 …, p99 …, E errors" for a window of <paramref name="seconds"/>.</summary>
    public string Describe(double seconds)
    {
        var times = Milliseconds.Order().ToList();
        double At(double p) => times.Count == 0 ? 0 : times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{times.Count} requests, {times.Count / seconds:0.0} req/s, p50 {At(0.50):0.0} ms, p95 {At(0.95):0.0} ms, p99 {At(0.99):0.0} ms, {ErrorCount} errors");
        if (Conflicts > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", {Conflicts} edit conflicts (409)");
        }
        if (Errors.Count > 0)
        {
            text += " (" + string.Join(", ", Errors.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Value}× {e.Key}"))) + ")";
        }
        return text;
    }
}
