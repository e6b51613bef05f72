namespace ClaimTracker.Core.Claims;

/// <summary>
/// Adds to a phrase's peoples those read after its count that it does not name yet, one at a time as
/// <c>AddRange(read.Where(n => !into.Contains(n)))</c> did (so a people read twice is added once). A loop, not that
/// lambda: the lambda's closure over the phrase was made on every <see cref="Partitive"/> and
/// <see cref="FigureBeforeItsNumber"/> read, not only where they add (branch `speed27`).
/// </summary>
internal static class MissingNationalities
{
    public static void AddTo(List<string> into, List<string> read)
    {
        foreach (var n in read)
        {
            if (!into.Contains(n))
            {
                into.Add(n);
            }
        }
    }
}
