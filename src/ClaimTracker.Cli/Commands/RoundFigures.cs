namespace ClaimTracker.Cli.Commands;

/// <summary>
/// One figure of <c>bench</c> over its rounds: the median it reports and judges the targets by, and the least and greatest
/// round beside it. On a shared machine one round moves with the host by a quarter; the median of several moves less,
/// and the spread shows how far the host moved during the run.
/// </summary>
internal readonly record struct RoundFigures(double Median, double Min, double Max)
{
    /// <summary>The median of the rounds' values (the mean of the middle two when there are an even number of rounds).</summary>
    public static RoundFigures Of(IEnumerable<double> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var sorted = rounds.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("at least one round is needed", nameof(rounds));
        }
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new RoundFigures(median, sorted[0], sorted[^1]);
    }
}
