namespace ClaimTracker.Core.Claims;

/// <summary>
/// One claim per figure per article: the same value, metric, status and subject stated again (headline, lede, body,
/// caption) by the same source, or with no source named on one side, becomes one claim whose other statements are
/// its <see cref="ExtractedClaim.Mentions"/>. The claim kept is the clearest statement: a body sentence over a
/// headline, one that names its source over one that does not, else the first.
/// </summary>
internal static class RepeatedClaims
{
    public static List<ExtractedClaim> Merge(IReadOnlyList<ExtractedClaim> claims, IReadOnlyList<bool> inHeading)
    {
        var groups = new List<List<int>>();
        var byFigure = new Dictionary<(double?, double?, double?, Metric, ClaimStatus), List<List<int>>>();
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var figure = (c.Value, c.Low, c.High, c.Metric, c.Status);
            if (!byFigure.TryGetValue(figure, out var sameFigure))
            {
                byFigure[figure] = sameFigure = [];
            }
            // A vague "thousands" is no figure to merge on.
            var group = c.Value is null && c.Low is null && c.High is null ? null : sameFigure.Find(g => g.TrueForAll(j => Same(claims[j], inHeading[j], c, inHeading[i])));
            if (group is null)
            {
                group = [i];
                groups.Add(group);
                sameFigure.Add(group);
            }
            else
            {
                group.Add(i);
            }
        }
        var merged = new List<ExtractedClaim>(groups.Count);
        foreach (var group in groups)
        {
            var main = group[0];
            foreach (var i in group)
            {
                if (Clearer(claims[i], inHeading[i], claims[main], inHeading[main]))
                {
                    main = i;
                }
            }
            merged.Add(group.Count == 1 ? claims[main] : claims[main] with
            {
                Mentions = [.. group.Where(i => i != main).Select(i => new ClaimMention(claims[i].Quote, claims[i].Start, claims[i].End))],
            });
        }
        return merged;
    }

    // A headline shortens the subject ("North Korea sends 10,000 troops"), so a heading matches on the figure alone.
    private static bool Same(ExtractedClaim a, bool aHeading, ExtractedClaim b, bool bHeading) =>
        (a.Source is null || b.Source is null || a.Source == b.Source)
        && (aHeading || bHeading || string.Equals(a.Subject, b.Subject, StringComparison.OrdinalIgnoreCase));

    private static bool Clearer(ExtractedClaim c, bool heading, ExtractedClaim than, bool thanHeading) =>
        (thanHeading && !heading) || (heading == thanHeading && c.Source is not null && than.Source is null);
}
