namespace ClaimTracker.Core.Claims;

/// <summary>
/// Every word <see cref="MetricWord"/> can read a metric from, as one set: the lists its branches open on (metrics.json
/// metricTriggerLists names them) and the few words a branch compares itself (metricTriggerWords: "taken" prisoner,
/// "called" up, "lost", "fighting"). A word in none of them names no metric whatever follows it, so
/// <see cref="MetricWord.At"/> answers it with one look-up instead of running its forty-odd branches, each testing the
/// word against its own list (branch `speed10`: most words of a counted sentence are asked, and nearly all are in no
/// list). A branch that opens on a new list or word must add it here; <c>MetricTriggersTests</c> runs the ungated
/// branches over every test article and fails on a metric read from a word outside the set.
/// </summary>
internal static class MetricTriggers
{
    private static readonly WordSet Words = new(
        [.. WordLists.Set("metricTriggerLists").Words.SelectMany(list => WordLists.Set(list).Words), .. WordLists.Set("metricTriggerWords").Words]);

    /// <summary>Whether token <paramref name="i"/> is a word some branch of <see cref="MetricWord"/> opens on.</summary>
    public static bool May(PeopleCountReader reader, int i) =>
        reader.Tokens[i].IsWord && Words.Contains(reader.Word(i));
}
