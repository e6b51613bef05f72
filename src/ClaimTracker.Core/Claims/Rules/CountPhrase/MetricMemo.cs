namespace ClaimTracker.Core.Claims;

/// <summary>
/// <see cref="MetricWord.At"/>'s answers for one sentence's tokens, kept by token and reading limit. Every count of a
/// sentence runs the verb-group rules over the same clause (<see cref="ClauseMetric"/>'s windows, the scans after and
/// before the count, the coordinated and aside rules), each asking the same word what metric it names; the answer
/// depends on the sentence, the token and the limit only, so it is worked out once (branch `speed6`: <c>At</c> was
/// ~6 % of the extractor's CPU, most of it words asked again). One limit is kept per token, the last asked: the rules
/// ask a word mostly with the clause's bound, and a word asked with another limit is worked out again, never guessed;
/// a word whose answer cannot depend on the limit (<see cref="MetricWord.ReadsToTheLimit"/>) is kept for every limit
/// (branch `speed56`: 8.6 % fewer answers worked out over the test articles).
/// </summary>
/// <remarks>
/// A token's slot is one int, (limit + 1) in the high bits and the answer in the low byte (0: nothing kept, 1: no
/// metric, else the metric + 2; 0xFF alone: no metric at any limit; bit 30 set: that answer at any limit), so a sentence costs one small array. A limit below -1 or too large for the high bits
/// is never kept.
/// </remarks>
internal sealed class MetricMemo(int tokenCount)
{
    private const int MaxLimit = (1 << 22) - 2;
    // An answer byte no metric uses (metrics + 2 stay far below it), with no limit: "none, at every limit".
    private const int NoneAtAnyLimit = 0xFF;
    // A bit above every limit's: the answer in the low byte holds at every limit (MetricWord.ReadsToTheLimit is false).
    private const int AtAnyLimit = 1 << 30;
    private readonly int[] slots = new int[tokenCount];

    /// <summary>The answer kept for token <paramref name="i"/> read up to <paramref name="limit"/>, if any.</summary>
    public bool TryGet(int i, int limit, out Metric? metric)
    {
        metric = null;
        if ((uint)i >= (uint)slots.Length || !Keepable(limit))
        {
            return false;
        }
        var slot = slots[i];
        if (slot == NoneAtAnyLimit)
        {
            return true;
        }
        if ((slot & AtAnyLimit) == 0 && ((slot & 0xFF) == 0 || slot >> 8 != limit + 1))
        {
            return false;
        }
        metric = (slot & 0xFF) == 1 ? null : (Metric)((slot & 0xFF) - 2);
        return true;
    }

    /// <summary>Keeps <paramref name="metric"/> as token <paramref name="i"/>'s answer up to <paramref name="limit"/>, and returns it.</summary>
    public Metric? Keep(int i, int limit, Metric? metric)
    {
        if ((uint)i < (uint)slots.Length && Keepable(limit))
        {
            slots[i] = ((limit + 1) << 8) | Code(metric);
        }
        return metric;
    }

    /// <summary>
    /// Keeps "no metric" for token <paramref name="i"/> whatever the limit: a word no branch of <see cref="MetricWord"/>
    /// opens on (<see cref="MetricTriggers"/>) names none however far the rules read after it.
    /// </summary>
    public Metric? KeepNone(int i)
    {
        if ((uint)i < (uint)slots.Length)
        {
            slots[i] = NoneAtAnyLimit;
        }
        return null;
    }

    /// <summary>
    /// Keeps <paramref name="metric"/> as token <paramref name="i"/>'s answer whatever the limit: a word whose branches
    /// read nothing up to the limit (<see cref="MetricWord.ReadsToTheLimit"/>) names the same however far the rules read.
    /// </summary>
    public Metric? KeepAtAnyLimit(int i, Metric? metric)
    {
        if ((uint)i < (uint)slots.Length)
        {
            slots[i] = AtAnyLimit | Code(metric);
        }
        return metric;
    }

    // The low byte: 1 for no metric, else the metric + 2 (0 stays "nothing kept").
    private static int Code(Metric? metric) => metric is { } m ? (int)m + 2 : 1;

    private static bool Keepable(int limit) => limit >= -1 && limit <= MaxLimit;
}
