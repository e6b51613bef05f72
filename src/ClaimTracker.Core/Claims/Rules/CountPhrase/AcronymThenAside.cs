namespace ClaimTracker.Core.Claims;

/// <summary>
/// "eight soldiers of the Sudanese Armed Forces (SAF), three of them officers, were killed": the brackets that
/// introduce a body's initials close right before an apposed aside, so the clause ends at that aside's comma and the
/// verb after it was never read (the count fell back to a deployment). Read past both asides to the verb, as with
/// either one alone. Asked by <see cref="ClauseMetric"/>. Golden case: apposed_part_after_an_armys_initials.
/// </summary>
internal static class AcronymThenAside
{
    /// <summary>Where the verb clause resumes past the aside after the brackets <paramref name="open"/>–<paramref name="close"/>, or null.</summary>
    public static (int Resume, int End)? Resume(PeopleCountReader reader, int open, int close)
    {
        if (reader.Text[reader.Tokens[open].Start] != '(' || close - open > 3 || !CountAside.Opens(reader, close + 1) || CountAside.OpensEnclosed(reader, close + 1))
        {
            return null;
        }
        var next = ClauseMetric.SkipAside(reader, close + 1);
        return next.Resume > close + 1 ? next : null;
    }
}
